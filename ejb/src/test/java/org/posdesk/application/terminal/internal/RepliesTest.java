package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.codec.IsoMessage;

class RepliesTest {

    private static final byte[] KEY = new byte[16];

    @Test
    void aReplyIsTheRequestMtiPlusTenEchoing3And4And11And41And42() {
        IsoMessage reply = Replies.to(Messages.sale(), "00");
        assertThat(reply.mti()).isEqualTo("0230");
        assertThat(reply.fields()).containsExactly(3, 4, 11, 39, 41, 42);
        assertThat(reply.text(4)).contains("000000012345");
        assertThat(reply.text(11)).contains("000042");
        assertThat(reply.text(39)).contains("00");
    }

    @Test
    void fieldsTheRequestLackedAreNotInvented() {
        IsoMessage reply = Replies.to(Messages.heartbeat(), "00");
        assertThat(reply.mti()).isEqualTo("0830");
        assertThat(reply.fields()).containsExactly(11, 39, 41, 42);
    }

    @Test
    void onlyRequestMtisHaveAReplyMti() {
        assertThat(Replies.replyMti("0500")).contains("0510");
        assertThat(Replies.replyMti("0320")).contains("0330");
        assertThat(Replies.replyMti("0230")).isEmpty();
    }

    @Test
    void repliesToSignedRequestsAreSignedOnlyFor00And94() {
        assertThat(Replies.isSigned("0220", "00")).isTrue();
        assertThat(Replies.isSigned("0220", "94")).isTrue();
        assertThat(Replies.isSigned("0220", "25")).isFalse();
        assertThat(Replies.isSigned("0220", "A0")).isFalse();
        assertThat(Replies.isSigned("0800", "00")).isFalse();
        assertThat(Replies.isSigned("0820", "00")).isFalse();
    }

    @Test
    void sendAttachesTheKeyExactlyWhenTheReplyMustBeSigned() {
        TerminalReply accepted = Replies.send(Messages.sale(), Replies.to(Messages.sale(), "94"), KEY);
        assertThat(accepted.key()).isPresent();
        TerminalReply refused = Replies.send(Messages.sale(), Replies.to(Messages.sale(), "12"), KEY);
        assertThat(refused.key()).isEmpty();
        TerminalReply heartbeat = Replies.send(Messages.heartbeat(), Replies.to(Messages.heartbeat(), "00"), KEY);
        assertThat(heartbeat.key()).isEmpty();
    }
}
