package org.posdesk.application.terminal.internal;

import java.util.Optional;
import java.util.Set;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.Mac;

/**
 * The checks every request passes before its flow sees it, in the order protocol.md fixes:
 * format ({@code 30}), then terminal identity ({@code 03}), then MAC ({@code A0}).
 *
 * @param <T> the terminal as the caller knows it; the checks need only the {@link Directory}
 */
final class Admission {

    static final String FORMAT_ERROR = "30";
    static final String UNKNOWN_TERMINAL = "03";
    static final String MAC_ERROR = "A0";

    private static final Set<String> UNSIGNED_REQUESTS = Set.of("0800", "0820");

    private Admission() {
    }

    /** Where the checks find terminals and their clear MAC keys. */
    interface Directory<T> {

        Optional<T> find(String tid);

        boolean isBoundTo(T terminal, String mid);

        byte[] mak(T terminal);

        /** The MAK of a rotation in progress, which the terminal may already be using. */
        Optional<byte[]> pendingMak(T terminal);
    }

    /**
     * @param rejection      the response code when refused, else null
     * @param macKey         the key the request verified under (and the reply is signed with), or
     *                       null when the request carried no MAC
     * @param pendingKeyUsed the request verified under the pending MAK: the rotation is complete
     */
    record Verdict<T>(String rejection, T terminal, byte[] macKey, boolean pendingKeyUsed) {

        boolean admitted() {
            return rejection == null;
        }

        static <T> Verdict<T> refused(String code) {
            return new Verdict<>(code, null, null, false);
        }
    }

    static <T> Verdict<T> check(IsoMessage message, byte[] macInput, Directory<T> directory) {
        if (FormatCheck.problem(message).isPresent()) {
            return Verdict.refused(FORMAT_ERROR);
        }
        String mid = message.text(42).orElseThrow();
        Optional<T> found = directory.find(message.text(41).orElseThrow())
                .filter(terminal -> directory.isBoundTo(terminal, mid));
        if (found.isEmpty()) {
            return Verdict.refused(UNKNOWN_TERMINAL);
        }
        T terminal = found.get();
        if (!carriesMac(message)) {
            return new Verdict<>(null, terminal, null, false);
        }
        byte[] mac = message.binary(64).orElse(null);
        if (mac == null || macInput == null) {
            return Verdict.refused(MAC_ERROR);
        }
        byte[] active = directory.mak(terminal);
        if (new Mac(active).verify(macInput, mac)) {
            return new Verdict<>(null, terminal, active, false);
        }
        Optional<byte[]> pending = directory.pendingMak(terminal);
        if (pending.isPresent() && new Mac(pending.get()).verify(macInput, mac)) {
            return new Verdict<>(null, terminal, pending.get(), true);
        }
        return Verdict.refused(MAC_ERROR);
    }

    /**
     * Every request carries a MAC except sign-on and heartbeat. A terminal's 0810 answer to a host
     * command follows the reply rule: signed when it accepts (39 {@code 00}), so it is checked then,
     * and whenever it carries one.
     */
    static boolean carriesMac(IsoMessage message) {
        if (UNSIGNED_REQUESTS.contains(message.mti())) {
            return false;
        }
        if ("0810".equals(message.mti())) {
            return message.has(64) || Replies.isSignedCode(message.text(39).orElse(""));
        }
        return true;
    }
}
