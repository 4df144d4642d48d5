package org.posdesk.sim;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

import org.posdesk.connector.codec.DecodeException;
import org.posdesk.connector.codec.Frame;
import org.posdesk.connector.codec.FrameCodec;
import org.posdesk.connector.codec.LengthPrefix;
import org.posdesk.connector.codec.ProfileOne;

/** One TCP connection to posdesk: length-prefixed frames out and in, reads bounded by a timeout. */
final class Connection implements AutoCloseable {

    /** A frame as read, with the bytes the MAC check needs. */
    record Received(byte[] bytes, Frame frame) {
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    Connection(String host, int port, Duration timeout) throws IOException {
        socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            socket.setTcpNoDelay(true);
            in = new DataInputStream(socket.getInputStream());
            out = new BufferedOutputStream(socket.getOutputStream());
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    void send(byte[] frame) throws IOException {
        out.write(LengthPrefix.add(frame));
        out.flush();
    }

    /** The next frame; a read that waits longer than the timeout throws {@code SocketTimeoutException}. */
    Received receive() throws IOException, DecodeException {
        int high = in.readUnsignedByte();
        int low = in.readUnsignedByte();
        int length = LengthPrefix.read((byte) high, (byte) low, ProfileOne.MAX_FRAME_LENGTH);
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new Received(bytes, FrameCodec.decode(bytes));
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket that failed is the goal already reached
        }
    }
}
