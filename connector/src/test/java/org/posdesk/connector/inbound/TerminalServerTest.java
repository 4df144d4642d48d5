package org.posdesk.connector.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.posdesk.connector.TerminalMessageListener;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.TerminalRequest;
import org.posdesk.connector.codec.DecodeException;
import org.posdesk.connector.codec.Frame;
import org.posdesk.connector.codec.FrameCodec;
import org.posdesk.connector.codec.Header;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.LengthPrefix;
import org.posdesk.connector.codec.Tpdu;

/**
 * The adapter's listener over real TCP, with the application side replaced by a function (the
 * container is what the ITs bring): framing, replies after the listener returned, the answers the
 * adapter gives by itself, and the fallback from a failed batch to single deliveries.
 */
class TerminalServerTest {

    private static final Tpdu TPDU = new Tpdu(0x0003, 0x0000);
    private static final Header HEADER = Header.ofHex("603100310000");

    private final List<List<TerminalRequest>> deliveries = new CopyOnWriteArrayList<>();
    private TerminalServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aHeartbeatIsAnsweredWithSwappedAddressesAfterDelivery() throws Exception {
        start(requests -> requests.stream().map(r -> TerminalReply.of(echo(r.message(), "00"))).toList());
        try (Socket terminal = connect()) {
            send(terminal, heartbeat("000001"));
            Frame reply = read(terminal);

            assertThat(reply.message().mti()).isEqualTo("0830");
            assertThat(reply.message().text(39)).hasValue("00");
            assertThat(reply.message().text(11)).hasValue("000001");
            assertThat(reply.tpdu()).isEqualTo(TPDU.reply());
            assertThat(deliveries).hasSize(1);
            assertThat(deliveries.get(0).get(0).firstOnConnection()).isTrue();
            assertThat(deliveries.get(0).get(0).tid()).isEqualTo("10000001");
        }
    }

    @Test
    void aCommandFollowsTheReplyAndTheHeaderSaysSo() throws Exception {
        IsoMessage command = IsoMessage.of("0800").with(11, "000777").with(41, "10000001")
                .with(42, "898310058120001").with(60, "00000003362");
        start(requests -> requests.stream()
                .map(r -> TerminalReply.of(echo(r.message(), "00")).followedBy(command)).toList());
        try (Socket terminal = connect()) {
            send(terminal, heartbeat("000002"));
            Frame reply = read(terminal);
            Frame hostCommand = read(terminal);

            assertThat(reply.header().processingRequirement()).isEqualTo(Header.COMMAND_FOLLOWS);
            assertThat(hostCommand.message().mti()).isEqualTo("0800");
            assertThat(hostCommand.message().text(60)).hasValue("00000003362");
        }
    }

    @Test
    void nothingIsAnsweredBeforeTheListenerReturns() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start(requests -> {
            calls.incrementAndGet();
            sleep(700);
            return requests.stream().map(r -> TerminalReply.of(echo(r.message(), "00"))).toList();
        });
        try (Socket terminal = connect()) {
            send(terminal, heartbeat("000003"));
            terminal.setSoTimeout(400);
            boolean answeredEarly = true;
            try {
                read(terminal);
            } catch (SocketTimeoutException expected) {
                answeredEarly = false;
            }
            assertThat(answeredEarly).isFalse();
            terminal.setSoTimeout(5000);
            assertThat(read(terminal).message().text(39)).hasValue("00");
            assertThat(calls).hasValue(1);
        }
    }

    @Test
    void aListenerFailureIsAnswered96() throws Exception {
        start(requests -> {
            throw new IllegalStateException("database unreachable");
        });
        try (Socket terminal = connect()) {
            send(terminal, heartbeat("000004"));
            Frame reply = read(terminal);

            assertThat(reply.message().mti()).isEqualTo("0830");
            assertThat(reply.message().text(39)).hasValue("96");
            assertThat(reply.message().text(41)).hasValue("10000001");
            assertThat(reply.message().has(64)).isFalse();
        }
    }

    @Test
    void aFailedBatchIsDeliveredAgainOneByOne() throws Exception {
        start(requests -> {
            if (requests.size() > 1) {
                throw new IllegalStateException("one of them broke the batch");
            }
            sleep(50);
            return List.of(TerminalReply.of(echo(requests.get(0).message(), "00")));
        });
        List<Socket> terminals = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket terminal = connect();
                terminals.add(terminal);
                send(terminal, heartbeat("%06d".formatted(100 + i)));
            }
            for (int i = 0; i < terminals.size(); i++) {
                assertThat(read(terminals.get(i)).message().text(11)).hasValue("%06d".formatted(100 + i));
            }
        } finally {
            for (Socket terminal : terminals) {
                terminal.close();
            }
        }
        assertThat(deliveries).anySatisfy(batch -> assertThat(batch).hasSizeGreaterThan(1));
    }

    @Test
    void whenEverythingFailsTheWaitingTerminalsAreAnswered96WithoutEndlessRetries() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start(requests -> {
            calls.incrementAndGet();
            sleep(100);
            throw new IllegalStateException("database unreachable");
        });
        List<Socket> terminals = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket terminal = connect();
                terminals.add(terminal);
                send(terminal, heartbeat("%06d".formatted(200 + i)));
            }
            for (Socket terminal : terminals) {
                assertThat(read(terminal).message().text(39)).hasValue("96");
            }
        } finally {
            for (Socket terminal : terminals) {
                terminal.close();
            }
        }
        // Batches plus at most two single attempts each: never one attempt per waiting request.
        assertThat(calls.get()).isLessThan(8 + 1);
    }

    @Test
    void aMalformedFieldIsAnswered30WithWhatCouldBeRead() throws Exception {
        start(requests -> requests.stream().map(r -> TerminalReply.of(echo(r.message(), "00"))).toList());
        byte[] frame = FrameCodec.encode(IsoMessage.of("0820").with(11, "000005").with(41, "10000001")
                .with(42, "898310058120001").with(60, "00000001301"), TPDU, HEADER);
        frame[frame.length - 1] = (byte) 0xAB;
        try (Socket terminal = connect()) {
            send(terminal, frame);
            Frame reply = read(terminal);

            assertThat(reply.message().text(39)).hasValue("30");
            assertThat(deliveries).isEmpty();
        }
    }

    @Test
    void anOversizeFrameClosesTheConnection() throws Exception {
        start(requests -> requests.stream().map(r -> TerminalReply.of(echo(r.message(), "00"))).toList());
        try (Socket terminal = connect()) {
            OutputStream out = terminal.getOutputStream();
            out.write(new byte[] {(byte) 0x20, 0x00});
            out.write(new byte[600]);
            out.flush();
            terminal.setSoTimeout(5000);
            assertThat(terminal.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void anOfferedCommandMarksOnlyTheTerminalsNextRequestAndOnlyWhileConnected() throws Exception {
        start(requests -> requests.stream().map(r -> TerminalReply.of(echo(r.message(), "00"))).toList());
        assertThat(server.terminals().offerCommand("10000001")).as("before it connected").isFalse();
        try (Socket terminal = connect()) {
            send(terminal, heartbeat("000001"));
            read(terminal);
            assertThat(server.terminals().isConnected("10000001")).isTrue();
            assertThat(server.terminals().offerCommand("10000002")).as("another terminal").isFalse();

            assertThat(server.terminals().offerCommand("10000001")).isTrue();
            send(terminal, heartbeat("000002"));
            read(terminal);
            send(terminal, heartbeat("000003"));
            read(terminal);

            assertThat(deliveries).extracting(batch -> batch.get(0).commandWaiting())
                    .containsExactly(false, true, false);
        }
        for (int i = 0; i < 50 && server.terminals().isConnected("10000001"); i++) {
            sleep(20);
        }
        assertThat(server.terminals().offerCommand("10000001")).as("after it disconnected").isFalse();
    }

    private void start(Function<List<TerminalRequest>, List<TerminalReply>> listener) throws Exception {
        ListenerSettings settings = new ListenerSettings("127.0.0.1", 0, 100, 30, 512, 8, 1, "test-node");
        server = TerminalServer.start(settings, endpoints(listener), new ThreadWorkManager());
    }

    private MessageEndpointFactory endpoints(Function<List<TerminalRequest>, List<TerminalReply>> listener) {
        return new MessageEndpointFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public MessageEndpoint createEndpoint(javax.transaction.xa.XAResource xa) {
                return (MessageEndpoint) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {MessageEndpoint.class, TerminalMessageListener.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("onRequests")) {
                                List<TerminalRequest> requests = (List<TerminalRequest>) args[0];
                                deliveries.add(List.copyOf(requests));
                                return listener.apply(requests);
                            }
                            return null;
                        });
            }

            @Override
            public MessageEndpoint createEndpoint(javax.transaction.xa.XAResource xa, long timeout)
                    throws UnavailableException {
                return createEndpoint(xa);
            }

            @Override
            public boolean isDeliveryTransacted(Method method) {
                return true;
            }

            @Override
            public String getActivationName() {
                return "test";
            }

            @Override
            public Class<?> getEndpointClass() {
                return TerminalMessageListener.class;
            }
        };
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(5000);
        return socket;
    }

    private static byte[] heartbeat(String stan) {
        return FrameCodec.encode(IsoMessage.of("0820").with(11, stan).with(41, "10000001")
                .with(42, "898310058120001").with(60, "00000001301"), TPDU, HEADER);
    }

    private static IsoMessage echo(IsoMessage request, String code) {
        IsoMessage reply = IsoMessage.errorReplyTo(request.mti()).with(39, code);
        for (int field : new int[] {11, 41, 42}) {
            if (request.has(field)) {
                reply = reply.with(field, request.text(field).orElseThrow());
            }
        }
        return reply;
    }

    private static void send(Socket socket, byte[] frame) throws IOException {
        socket.getOutputStream().write(LengthPrefix.add(frame));
        socket.getOutputStream().flush();
    }

    private static Frame read(Socket socket) throws IOException, DecodeException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        int length = in.readUnsignedShort();
        byte[] frame = new byte[length];
        in.readFully(frame);
        return FrameCodec.decode(frame);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Plain threads standing in for the server's WorkManager. */
    private static final class ThreadWorkManager implements WorkManager {
        @Override
        public void doWork(Work work) {
            work.run();
        }

        @Override
        public void doWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
            work.run();
        }

        @Override
        public long startWork(Work work) {
            Thread thread = new Thread(work, "test-work");
            thread.setDaemon(true);
            thread.start();
            return 0;
        }

        @Override
        public long startWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
            return startWork(work);
        }

        @Override
        public void scheduleWork(Work work) {
            startWork(work);
        }

        @Override
        public void scheduleWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
            startWork(work);
        }
    }
}
