package org.posdesk.it.terminals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.connector.codec.FrameCodec;
import org.posdesk.connector.codec.Header;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.LengthPrefix;
import org.posdesk.connector.codec.Mac;
import org.posdesk.connector.codec.OutboundMessage;
import org.posdesk.connector.codec.Tpdu;
import org.posdesk.connector.demo.DemoKeys;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * Mutated copies of a valid, signed advice sent to the deployed adapter over TCP: every frame
 * gets a defined outcome (a reply, or a closed connection), the server stays up, and the journal
 * holds only whole rows — at most the one advice that still verifies, never a mutated one.
 * The codec alone takes 100,000 mutations in its unit test; this is the same over the wire.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TcpFuzzIT {

    private static final int FRAMES = 3_000;
    private static final long TIME_LIMIT_MILLIS = 90_000;
    private static final Tpdu TPDU = new Tpdu(0x0003, 0x0000);
    private static final Header HEADER = Header.ofHex("603100310000");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @Test
    void mutatedFramesGetDefinedOutcomesAndLeaveNoPartialRows() throws Exception {
        TestTenant tenant;
        try (Connection c = Database.connect()) {
            tenant = TestTenant.ensure(c, "FZ", "Fuzz merchant", 1, 1, 0, "it-fz-user", "it-password-fz");
        }
        String tid = tenant.tids.get(0);
        String batch = "%06d".formatted(100 + (int) (System.currentTimeMillis() / 1000 % 800_000));
        byte[] valid = validAdvice(tid, batch);
        Random random = new Random(20261122);
        int replied = 0;
        int closed = 0;
        int sent = 0;
        long deadline = System.currentTimeMillis() + TIME_LIMIT_MILLIS;
        Socket socket = connect();
        try {
            while (sent < FRAMES && System.currentTimeMillis() < deadline) {
                byte[] frame = mutate(valid, random);
                sent++;
                try {
                    socket.getOutputStream().write(LengthPrefix.add(frame));
                    socket.getOutputStream().flush();
                    // Any whole frame back is a defined outcome: 30, 12 (whose reply MTI may be outside
                    // the profile, as its request's was), A0, 00 or 94.
                    readFrame(socket);
                    replied++;
                } catch (EOFException | SocketException e) {
                    closed++;
                    socket.close();
                    socket = connect();
                }
            }
        } finally {
            socket.close();
        }

        assertThat(sent).as("frames sent within the time limit").isGreaterThanOrEqualTo(FRAMES / 2);
        assertThat(replied + closed).isEqualTo(sent);
        assertThat(replied).isPositive();
        try (Socket check = connect()) {
            check.getOutputStream().write(LengthPrefix.add(valid));
            assertThat(FrameCodec.decode(readFrame(check)).message().text(39)).hasValueSatisfying(
                    code -> assertThat(code).isIn("00", "94"));
        }
        assertThat(journalRows(tid, batch)).isEqualTo(1);
    }

    private static byte[] validAdvice(String tid, String batch) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        OutboundMessage advice = OutboundMessage.of(IsoMessage.of("0220").with(3, "000000")
                .with(4, "000000012345").with(11, "000001").with(12, now.format(DateTimeFormatter.ofPattern("HHmmss")))
                .with(13, now.format(DateTimeFormatter.ofPattern("MMdd"))).with(22, "071").with(37, "403112000001")
                .with(38, "A00001").with(39, "00").with(41, tid).with(42, "ITFZ00000000000").with(49, "156")
                .with(60, "22" + batch + "000")).withPan("6222021234567890127");
        return FrameCodec.encodeWithMac(advice, TPDU, HEADER, new Mac(DemoKeys.mak(tid)));
    }

    /** One to three byte flips, insertions or deletions; the length prefix is always recomputed. */
    private static byte[] mutate(byte[] bytes, Random random) {
        byte[] result = bytes.clone();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            int at = random.nextInt(result.length);
            switch (random.nextInt(3)) {
                case 0 -> result[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> {
                    byte[] longer = new byte[result.length + 1];
                    System.arraycopy(result, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(result, at, longer, at + 1, result.length - at);
                    result = longer;
                }
                default -> {
                    if (result.length > 1) {
                        byte[] shorter = new byte[result.length - 1];
                        System.arraycopy(result, 0, shorter, 0, at);
                        System.arraycopy(result, at + 1, shorter, at, result.length - at - 1);
                        result = shorter;
                    }
                }
            }
        }
        return result;
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", Integer.getInteger("posdesk.terminal.port"));
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static byte[] readFrame(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        try {
            byte[] reply = new byte[in.readUnsignedShort()];
            in.readFully(reply);
            return reply;
        } catch (SocketTimeoutException e) {
            throw new AssertionError("a frame got neither a reply nor a closed connection within 10 s", e);
        }
    }

    private static long journalRows(String tid, String batch) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from card_transaction where tid = ? and batch_number = ?")) {
            s.setString(1, tid);
            s.setInt(2, Integer.parseInt(batch));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
