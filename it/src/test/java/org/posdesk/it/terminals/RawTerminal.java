package org.posdesk.it.terminals;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import org.posdesk.connector.codec.DecodeException;
import org.posdesk.connector.codec.Frame;
import org.posdesk.connector.codec.FrameCodec;
import org.posdesk.connector.codec.Header;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.LengthPrefix;
import org.posdesk.connector.codec.Mac;
import org.posdesk.connector.codec.OutboundMessage;
import org.posdesk.connector.codec.Tpdu;
import org.posdesk.connector.demo.DemoKeys;

/** One terminal connection driven message by message, for exchanges the simulator does not make. */
public final class RawTerminal implements AutoCloseable {

    private static final Tpdu TPDU = new Tpdu(0x0003, 0x0000);
    private static final Header HEADER = Header.ofHex("603100310000");

    private final Socket socket;
    private Mac mac;

    public RawTerminal(String tid) throws IOException {
        socket = new Socket("127.0.0.1", Integer.getInteger("posdesk.terminal.port"));
        socket.setSoTimeout(15_000);
        mac = new Mac(DemoKeys.mak(tid));
    }

    /** Signs what follows with another MAC key, as a terminal does after a key rotation. */
    public void useMak(byte[] mak) {
        mac = new Mac(mak);
    }

    public Frame exchange(OutboundMessage request) throws IOException, DecodeException {
        send(request);
        return receive();
    }

    public Frame exchange(IsoMessage request) throws IOException, DecodeException {
        return exchange(OutboundMessage.of(request));
    }

    /** Sends a signed message without waiting for anything (a terminal's 0810 is not answered). */
    public void send(OutboundMessage message) throws IOException {
        socket.getOutputStream().write(LengthPrefix.add(FrameCodec.encodeWithMac(message, TPDU, HEADER, mac)));
        socket.getOutputStream().flush();
    }

    /** The next frame from posdesk: a reply, or the host command that follows one. */
    public Frame receive() throws IOException, DecodeException {
        return FrameCodec.decode(receiveBytes());
    }

    /** The next frame's bytes, for checking its MAC. */
    public byte[] receiveBytes() throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] frame = new byte[in.readUnsignedShort()];
        in.readFully(frame);
        return frame;
    }

    public boolean macMatches(byte[] frame) {
        return FrameCodec.macMatches(frame, mac);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
