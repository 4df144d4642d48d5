package org.posdesk.it.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.connector.codec.Frame;
import org.posdesk.connector.codec.FrameCodec;
import org.posdesk.connector.codec.Header;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.OutboundMessage;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;
import org.posdesk.it.terminals.RawTerminal;

/**
 * The outbound connection factory: a command stored while the terminal is connected to this node
 * is offered to its connection and rides on the reply to the terminal's very next request — here
 * an ordinary sale advice — instead of waiting for a heartbeat the test never sends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfferedCommandIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(OfferedCommandIT.class, CommandDesk.class, Database.class);
    }

    @Test
    void aCommandForAConnectedTerminalFollowsTheReplyToItsNextAdvice() throws Exception {
        TestTenant tenant;
        try (Connection c = Database.connect()) {
            tenant = TestTenant.ensure(c, "OC", "Offered command merchant", 1, 1, 0, "it-oc-user", "it-password-oc");
            try (PreparedStatement s = c.prepareStatement("update terminal_command set state = 'REFUSED',"
                    + " response_code = 'IT' where tid = ? and state in ('PENDING', 'SENT')")) {
                s.setString(1, tenant.tids.get(0));
                s.executeUpdate();
            }
        }
        String tid = tenant.tids.get(0);
        String mid = "ITOC00000000000";
        String batch = "%06d".formatted(100 + (int) (System.currentTimeMillis() / 1000 % 800_000));

        try (RawTerminal terminal = new RawTerminal(tid)) {
            Frame before = terminal.exchange(advice(tid, mid, batch, "000001"));
            assertThat(before.message().text(39)).hasValue("00");
            assertThat(before.header().processingRequirement()).as("nothing waits yet").isZero();

            long id = request(tid);
            assertThat(state(id)).isEqualTo("PENDING");

            Frame reply = terminal.exchange(advice(tid, mid, batch, "000002"));
            assertThat(reply.message().text(39)).hasValue("00");
            assertThat(reply.header().processingRequirement()).as("a command follows").isEqualTo(Header.COMMAND_FOLLOWS);
            byte[] commandBytes = terminal.receiveBytes();
            IsoMessage command = FrameCodec.decode(commandBytes).message();
            assertThat(command.mti()).isEqualTo("0800");
            assertThat(command.text(60)).hasValueSatisfying(f60 -> assertThat(f60).endsWith("362"));
            assertThat(terminal.macMatches(commandBytes)).as("the command is signed with the terminal's MAK").isTrue();
            assertThat(state(id)).isEqualTo("SENT");

            terminal.send(OutboundMessage.of(IsoMessage.of("0810").with(11, command.text(11).orElseThrow())
                    .with(39, "00").with(41, tid).with(42, mid).with(60, command.text(60).orElseThrow())));
            Frame after = terminal.exchange(advice(tid, mid, batch, "000003"));
            assertThat(after.header().processingRequirement()).as("the command went out once").isZero();
            assertThat(state(id)).isEqualTo("ACKNOWLEDGED");
        }
    }

    private static OutboundMessage advice(String tid, String mid, String batch, String stan) {
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        return OutboundMessage.of(IsoMessage.of("0220").with(3, "000000").with(4, "%012d".formatted(1200))
                .with(11, stan).with(12, at.format(DateTimeFormatter.ofPattern("HHmmss")))
                .with(13, at.format(DateTimeFormatter.ofPattern("MMdd"))).with(22, "071")
                .with(37, "5031120" + stan.substring(1)).with(38, "B" + stan.substring(1)).with(39, "00")
                .with(41, tid).with(42, mid).with(49, "156").with(60, "22" + batch + "000"))
                .withPan("6222021234567890127");
    }

    private static long request(String tid) throws Exception {
        String form = "tid=" + URLEncoder.encode(tid, StandardCharsets.UTF_8) + "&code=362&requestedBy=it-offered";
        URI uri = URI.create("http://127.0.0.1:" + System.getProperty("posdesk.http.port", "18080")
                + "/posdesk-it/host-commands");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Long.parseLong(response.body().trim());
    }

    private static String state(long id) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("select state from terminal_command where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
