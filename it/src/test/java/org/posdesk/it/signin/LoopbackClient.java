package org.posdesk.it.signin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * HTTP Basic calls to the API from a loopback address of the test's choosing (any 127.x.y.z
 * reaches the server on 127.0.0.1), so each test counts its failures against an address no
 * other test uses, and the address lockout can be seen to hold for one address and not another.
 * Plain HTTP/1.1 over a socket: the JDK's client cannot pick its source address on Java 17.
 */
public final class LoopbackClient {

    private static final Random ADDRESSES = new Random(System.nanoTime());

    private final String source;

    private LoopbackClient(String source) {
        this.source = source;
    }

    /** A client on a loopback address no earlier run is likely to have used. */
    public static LoopbackClient fresh() {
        synchronized (ADDRESSES) {
            return new LoopbackClient("127." + (10 + ADDRESSES.nextInt(240)) + "." + ADDRESSES.nextInt(256) + "."
                    + (1 + ADDRESSES.nextInt(254)));
        }
    }

    public String address() {
        return source;
    }

    /** The status of an authenticated read of an order that need not exist: 401 or not. */
    public int call(String username, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        int port = Integer.getInteger("posdesk.http.port", 18080);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /posdesk/api/orders/IT-NO-SUCH-ORDER HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + port + "\r\n"
                    + "Authorization: Basic " + credentials + "\r\n"
                    + "Accept: application/json\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            if (status == null || !status.startsWith("HTTP/1.1 ")) {
                throw new IllegalStateException("no HTTP answer from " + source + ": " + status);
            }
            return Integer.parseInt(status.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException("call from " + source, e);
        }
    }
}
