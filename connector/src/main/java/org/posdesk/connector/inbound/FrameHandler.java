package org.posdesk.connector.inbound;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.IdleStateEvent;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.posdesk.connector.TerminalRequest;
import org.posdesk.connector.codec.DecodeException;
import org.posdesk.connector.codec.Frame;
import org.posdesk.connector.codec.FrameCodec;

/**
 * One terminal connection. Decoding happens here, on the event loop (it waits for nothing);
 * storing is handed to the {@link Dispatcher}. While a request is being processed the connection
 * is not read, so a terminal's requests are answered one at a time, in order.
 */
final class FrameHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = Logger.getLogger(FrameHandler.class.getName());
    private static final AtomicLong CONNECTIONS = new AtomicLong();

    private final ListenerSettings settings;
    private final Dispatcher dispatcher;
    private final ConnectedTerminals connected;
    private final Clock clock;
    private final String connectionId;
    // Set by application threads through the outbound connection, read and cleared on the event loop.
    private final AtomicBoolean commandOffered = new AtomicBoolean();
    private volatile boolean open = true;
    private boolean first = true;
    private String tid;

    FrameHandler(ListenerSettings settings, Dispatcher dispatcher, ConnectedTerminals connected, Clock clock) {
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.connected = connected;
        this.clock = clock;
        this.connectionId = settings.node() + "-" + CONNECTIONS.incrementAndGet();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        byte[] bytes;
        ByteBuf buffer = (ByteBuf) msg;
        try {
            bytes = ByteBufUtil.getBytes(buffer);
        } finally {
            buffer.release();
        }
        Frame frame;
        try {
            frame = FrameCodec.decode(bytes, settings.maxFrameBytes());
        } catch (DecodeException e) {
            answerUndecodable(ctx, bytes, e);
            return;
        }
        ctx.channel().config().setAutoRead(false);
        TerminalRequest request = TerminalRequest.message(connectionId, settings.node(), clock.instant(),
                frame.message(), frame.message().has(64) ? FrameCodec.macInput(bytes) : null, first);
        first = false;
        if (request.tid() != null) {
            if (tid != null && !tid.equals(request.tid())) {
                connected.unregister(tid, this);
            }
            tid = request.tid();
            // On every request, not once: a connection that merely claims the TID (admission is
            // decided later, in the bean) holds the entry only until the terminal's own next request.
            connected.register(tid, this);
        }
        if (commandOffered.getAndSet(false)) {
            request = request.withCommandWaiting();
        }
        dispatcher.submit(new PendingRequest(ctx.channel(), frame, request));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        open = false;
        if (tid != null) {
            connected.unregister(tid, this);
            dispatcher.submit(new PendingRequest(ctx.channel(), null,
                    TerminalRequest.disconnected(connectionId, settings.node(), clock.instant(), tid)));
        }
        ctx.fireChannelInactive();
    }

    boolean isOpen() {
        return open;
    }

    /** A command was stored for this terminal: its next request may be followed by it. */
    void commandOffered() {
        commandOffered.set(true);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            LOG.fine(() -> connectionId + " (" + tid + ") idle too long: closed");
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            LOG.info(() -> connectionId + " (" + tid + ") sent a frame over " + settings.maxFrameBytes()
                    + " bytes: closed");
        } else {
            LOG.log(Level.FINE, connectionId + " (" + tid + ") failed: closed", cause);
        }
        ctx.close();
    }

    private void answerUndecodable(ChannelHandlerContext ctx, byte[] bytes, DecodeException e) {
        Optional<byte[]> reply = Replies.forUndecodable(bytes, e);
        LOG.info(() -> connectionId + " (" + e.tid().orElse(tid) + ") undecodable frame: " + e.reason()
                + (reply.isPresent() ? ", answered" : ", closed"));
        if (reply.isPresent()) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(reply.get()));
        } else {
            ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
