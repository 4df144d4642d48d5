package org.posdesk.sim;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.posdesk.connector.codec.DecodeException;
import org.posdesk.connector.codec.Frame;
import org.posdesk.connector.codec.FrameCodec;
import org.posdesk.connector.codec.Header;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.LengthPrefix;
import org.posdesk.connector.codec.Mac;
import org.posdesk.connector.demo.DemoKeys;

/**
 * A test double of posdesk's terminal endpoint: answers per protocol.md with MACs from DemoKeys
 * and misbehaves on request. Every frame it reads is kept, raw bytes included.
 */
final class FakePosdesk implements AutoCloseable {

    /** One frame as received. */
    record Seen(IsoMessage message, byte[] raw, boolean macOk) {

        String mti() {
            return message.mti();
        }

        String stan() {
            return message.text(11).orElse("");
        }

        String field(int n) {
            return message.text(n).orElse(null);
        }
    }

    final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final Set<String> advices = ConcurrentHashMap.newKeySet();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    /** Close the connection instead of answering the message with this 1-based number. */
    volatile int dropAt = -1;
    /** Accept connections and close them at once. */
    volatile boolean refusing;
    /** Leave the first message that matches unanswered, connection open. */
    volatile Predicate<Seen> ignoreOnce;
    /** Leave every message that matches unanswered. */
    volatile Predicate<Seen> ignoreAlways;
    /** After the {@link #dropAt} drop, refuse every new connection. */
    volatile boolean refuseAfterDrop;
    volatile char settlementDigit = '1';
    /** After the reply to this MTI, send a host 0800 with this 60.3 and 60.2. */
    volatile String commandAfter;
    volatile String commandCode;
    volatile String commandBatch = "000001";

    FakePosdesk() throws IOException {
        server = new ServerSocket(0);
        Thread acceptor = new Thread(this::accept, "fake-posdesk");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    List<Seen> withMti(String mti) {
        return seen.stream().filter(s -> s.mti().equals(mti)).toList();
    }

    /**
     * The messages of that type once at least one has arrived (or after 10 s): a terminal's answer
     * to a host command is not answered, so the terminal's call returns before this side has read
     * it, and on a busy machine a moment before.
     */
    List<Seen> awaitMti(String mti) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (withMti(mti).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return withMti(mti);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                if (refusing) {
                    socket.close();
                    continue;
                }
                sockets.add(socket);
                Thread t = new Thread(() -> serve(socket), "fake-posdesk-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                int length = LengthPrefix.read((byte) in.readUnsignedByte(), (byte) in.readUnsignedByte());
                byte[] raw = new byte[length];
                in.readFully(raw);
                Frame frame = FrameCodec.decode(raw);
                IsoMessage m = frame.message();
                String tid = m.text(41).orElse("");
                boolean macOk = m.has(64) && FrameCodec.macMatches(raw, new Mac(DemoKeys.mak(tid)));
                Seen s = new Seen(m, raw, macOk);
                seen.add(s);
                if (seen.size() == dropAt) {
                    dropAt = -1;
                    refusing = refuseAfterDrop;
                    return;
                }
                Predicate<Seen> ignoreAll = ignoreAlways;
                if (ignoreAll != null && ignoreAll.test(s)) {
                    continue;
                }
                Predicate<Seen> ignore = ignoreOnce;
                if (ignore != null && ignore.test(s)) {
                    ignoreOnce = null;
                    continue;
                }
                if (m.mti().equals("0810")) {
                    continue;
                }
                boolean command = m.mti().equals(commandAfter) && commandCode != null;
                Header header = frame.header().withProcessingRequirement(command ? Header.COMMAND_FOLLOWS : 0);
                out.write(LengthPrefix.add(encode(reply(s), frame, header, m.has(64))));
                if (command) {
                    String code = commandCode;
                    commandAfter = null;
                    commandCode = null;
                    IsoMessage cmd = IsoMessage.of("0800").with(11, "000077").with(41, tid)
                            .with(42, m.text(42).orElseThrow()).with(60, "00" + commandBatch + code);
                    out.write(LengthPrefix.add(FrameCodec.encodeWithMac(cmd, frame.tpdu().reply(),
                            frame.header().withProcessingRequirement(0), new Mac(DemoKeys.mak(tid)))));
                }
                out.flush();
            }
        } catch (IOException | DecodeException e) {
            // connection over
        }
    }

    private IsoMessage reply(Seen s) {
        IsoMessage m = s.message();
        String mti = String.format("%04d", Integer.parseInt(m.mti()) + 10);
        String code = "00";
        if (m.mti().equals("0220")) {
            String key = s.field(41) + s.field(60).substring(2, 8) + s.stan();
            code = advices.add(key) ? "00" : "94";
        }
        IsoMessage r = IsoMessage.of(mti).with(39, code);
        for (int f : new int[] {3, 4, 11, 41, 42}) {
            if (m.has(f)) {
                r = r.with(f, m.text(f).orElseThrow());
            }
        }
        if (m.mti().equals("0800")) {
            r = r.with(12, "120000").with(13, "0101").with(60, m.text(60).orElseThrow().substring(0, 8));
        }
        if (m.mti().equals("0500")) {
            char[] totals = m.text(48).orElseThrow().toCharArray();
            totals[30] = settlementDigit;
            totals[61] = settlementDigit;
            r = r.with(48, new String(totals));
        }
        return r;
    }

    private static byte[] encode(IsoMessage reply, Frame request, Header header, boolean withMac) {
        String tid = request.message().text(41).orElse("");
        return withMac ? FrameCodec.encodeWithMac(reply, request.tpdu().reply(), header, new Mac(DemoKeys.mak(tid)))
                : FrameCodec.encode(reply, request.tpdu().reply(), header);
    }

    /** Cuts every open connection, as a network outage would. */
    void cutConnections() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cutConnections();
    }
}
