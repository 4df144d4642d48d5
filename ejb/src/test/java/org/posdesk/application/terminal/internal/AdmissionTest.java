package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.Mac;

class AdmissionTest {

    private static final byte[] MAK = bytes(1);
    private static final byte[] NEW_MAK = bytes(2);
    private static final byte[] MAC_INPUT = "MTI through field 63".getBytes();

    record Known(String tid, String mid, byte[] mak, byte[] pending) {
    }

    private static final class Directory implements Admission.Directory<Known> {
        private final Map<String, Known> byTid;

        Directory(Known... terminals) {
            this.byTid = java.util.Arrays.stream(terminals).collect(java.util.stream.Collectors.toMap(Known::tid, k -> k));
        }

        @Override
        public Optional<Known> find(String tid) {
            return Optional.ofNullable(byTid.get(tid));
        }

        @Override
        public boolean isBoundTo(Known terminal, String mid) {
            return terminal.mid().equals(mid);
        }

        @Override
        public byte[] mak(Known terminal) {
            return terminal.mak();
        }

        @Override
        public Optional<byte[]> pendingMak(Known terminal) {
            return Optional.ofNullable(terminal.pending());
        }
    }

    private static final Directory KNOWN = new Directory(new Known(Messages.TID, Messages.MID, MAK, null));

    private static byte[] bytes(int seed) {
        byte[] key = new byte[16];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }

    private static IsoMessage signed(IsoMessage message, byte[] key) {
        return message.with(64, new Mac(key).compute(MAC_INPUT));
    }

    @Test
    void aWellFormedSignedRequestOfAKnownTerminalIsAdmittedWithItsKey() {
        Admission.Verdict<Known> verdict = Admission.check(signed(Messages.sale(), MAK), MAC_INPUT, KNOWN);
        assertThat(verdict.admitted()).isTrue();
        assertThat(verdict.macKey()).isEqualTo(MAK);
        assertThat(verdict.pendingKeyUsed()).isFalse();
    }

    @Test
    void aMissingFieldWinsOverAnUnknownTerminalAndABadMac() {
        IsoMessage bad = Messages.sale().without(4).with(41, "99999999").with(64, new byte[8]);
        assertThat(Admission.check(bad, MAC_INPUT, KNOWN).rejection()).isEqualTo("30");
    }

    @Test
    void anUnknownTerminalWinsOverABadMac() {
        IsoMessage bad = Messages.sale().with(41, "99999999").with(64, new byte[8]);
        assertThat(Admission.check(bad, MAC_INPUT, KNOWN).rejection()).isEqualTo("03");
    }

    @Test
    void aTidBoundToAnotherMerchantIsRefusedLikeAnUnknownOne() {
        IsoMessage other = signed(Messages.sale().with(42, "898310058120002"), MAK);
        assertThat(Admission.check(other, MAC_INPUT, KNOWN).rejection()).isEqualTo("03");
    }

    @Test
    void aWrongOrAbsentMacIsA0() {
        assertThat(Admission.check(signed(Messages.sale(), NEW_MAK), MAC_INPUT, KNOWN).rejection()).isEqualTo("A0");
        assertThat(Admission.check(Messages.sale(), MAC_INPUT, KNOWN).rejection()).isEqualTo("A0");
        assertThat(Admission.check(signed(Messages.sale(), MAK), null, KNOWN).rejection()).isEqualTo("A0");
    }

    @Test
    void heartbeatsNeedNoMac() {
        Admission.Verdict<Known> verdict = Admission.check(Messages.heartbeat(), null, KNOWN);
        assertThat(verdict.admitted()).isTrue();
        assertThat(verdict.macKey()).isNull();
    }

    @Test
    void duringARotationTheNewKeyIsAcceptedAndReported() {
        Directory rotating = new Directory(new Known(Messages.TID, Messages.MID, MAK, NEW_MAK));
        Admission.Verdict<Known> underNew = Admission.check(signed(Messages.sale(), NEW_MAK), MAC_INPUT, rotating);
        assertThat(underNew.admitted()).isTrue();
        assertThat(underNew.pendingKeyUsed()).isTrue();
        assertThat(underNew.macKey()).isEqualTo(NEW_MAK);
        Admission.Verdict<Known> underOld = Admission.check(signed(Messages.sale(), MAK), MAC_INPUT, rotating);
        assertThat(underOld.pendingKeyUsed()).isFalse();
        assertThat(underOld.macKey()).isEqualTo(MAK);
    }

    @Test
    void aTerminalsRefusalOfACommandNeedsNoMacButItsAcceptanceDoes() {
        IsoMessage answer = IsoMessage.of("0810").with(11, "000051").with(39, "12").with(41, Messages.TID)
                .with(42, Messages.MID).with(60, "00000007361");
        assertThat(Admission.check(answer, null, KNOWN).admitted()).isTrue();
        assertThat(Admission.check(answer.with(39, "00"), null, KNOWN).rejection()).isEqualTo("A0");
    }
}
