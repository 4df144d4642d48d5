package org.posdesk.connector.inbound;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.posdesk.connector.codec.LengthPrefix;

/** The TCP listener terminals connect to, and the workers that deliver what they send. */
public final class TerminalServer {

    private static final int EVENT_LOOP_THREADS = 2;

    private final EventLoopGroup acceptor;
    private final EventLoopGroup io;
    private final Dispatcher dispatcher;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final ConnectedTerminals terminals = new ConnectedTerminals();
    private Channel listener;

    private TerminalServer(ListenerSettings settings, MessageEndpointFactory endpoints, WorkManager workManager) {
        Executor threads = LongRunningWork.executorOn(workManager);
        this.acceptor = new MultiThreadIoEventLoopGroup(1, threads, NioIoHandler.newFactory());
        this.io = new MultiThreadIoEventLoopGroup(EVENT_LOOP_THREADS, threads, NioIoHandler.newFactory());
        this.dispatcher = new Dispatcher(endpoints, settings.maxBatchSize(), settings.deliveryWorkers());
        for (int i = 0; i < settings.deliveryWorkers(); i++) {
            int index = i;
            LongRunningWork.start(workManager, () -> dispatcher.work(index));
        }
    }

    public static TerminalServer start(ListenerSettings settings, MessageEndpointFactory endpoints,
                                       WorkManager workManager) throws ResourceException {
        TerminalServer server = new TerminalServer(settings, endpoints, workManager);
        try {
            server.bind(settings);
            return server;
        } catch (RuntimeException | InterruptedException e) {
            server.stop();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new ResourceException("cannot listen on " + settings.bindAddress() + ":" + settings.port(), e);
        }
    }

    private void bind(ListenerSettings settings) throws InterruptedException {
        Clock clock = Clock.systemUTC();
        ChannelHandler limiter = new ConnectionLimiter(connections, settings.maxConnections());
        listener = new ServerBootstrap()
                .group(acceptor, io)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline()
                                .addLast(limiter)
                                .addLast(new IdleStateHandler(settings.idleTimeoutSeconds(), 0, 0, TimeUnit.SECONDS))
                                .addLast(new LengthFieldBasedFrameDecoder(settings.maxFrameBytes() + LengthPrefix.LENGTH,
                                        0, LengthPrefix.LENGTH, 0, LengthPrefix.LENGTH))
                                .addLast(new FrameHandler(settings, dispatcher, terminals, clock));
                    }
                })
                .bind(settings.bindAddress(), settings.port())
                .sync()
                .channel();
    }

    /** The terminals connected to this listener, for the outbound connection factory. */
    public ConnectedTerminals terminals() {
        return terminals;
    }

    /** The port actually bound (useful when configured as 0). */
    public int port() {
        return ((java.net.InetSocketAddress) listener.localAddress()).getPort();
    }

    public void stop() {
        if (listener != null) {
            listener.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        dispatcher.stop();
        acceptor.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        io.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    /** Tracks open connections and closes those beyond the limit at once. */
    @ChannelHandler.Sharable
    private static final class ConnectionLimiter extends ChannelInboundHandlerAdapter {

        private final ChannelGroup connections;
        private final int max;

        ConnectionLimiter(ChannelGroup connections, int max) {
            this.connections = connections;
            this.max = max;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            if (connections.size() >= max) {
                ctx.close();
                return;
            }
            connections.add(ctx.channel());
            ctx.fireChannelActive();
        }
    }
}
