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
final class RawTerminal implements AutoCloseable {

    private static final Tpdu TPDU = new Tpdu(0x0003, 0x0000);
    private static final Header HEADER = Header.ofHex("603100310000");

    private final Socket socket;
    private final Mac mac;

    RawTerminal(String tid) throws IOException {
        socket = new Socket("127.0.0.1", Integer.getInteger("posdesk.terminal.port"));
        socket.setSoTimeout(15_000);
        mac = new Mac(DemoKeys.mak(tid));
    }

    Frame exchange(OutboundMessage request) throws IOException, DecodeException {
        socket.getOutputStream().write(LengthPrefix.add(FrameCodec.encodeWithMac(request, TPDU, HEADER, mac)));
        socket.getOutputStream().flush();
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] reply = new byte[in.readUnsignedShort()];
        in.readFully(reply);
        return FrameCodec.decode(reply);
    }

    Frame exchange(IsoMessage request) throws IOException, DecodeException {
        return exchange(OutboundMessage.of(request));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
