package org.posdesk.application.terminal.internal;

import java.util.Optional;
import java.util.Set;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.ProfileOne;

/**
 * How a reply is built from its request: MTI + 10, fields 11, 41 and 42 echoed (and 3 and 4 where
 * the request had them), 39 set; and when it is signed.
 */
final class Replies {

    private static final int[] ECHOED = {3, 4, 11, 41, 42};
    private static final Set<String> SIGNED_CODES = Set.of("00", "94");
    private static final Set<String> UNSIGNED_REQUESTS = Set.of("0800", "0820");

    private Replies() {
    }

    /** Empty when the MTI is not a request of profile 1 (its MTI + 10 would not be a profile reply). */
    static Optional<String> replyMti(String requestMti) {
        if (!ProfileOne.REQUEST_MTIS.contains(requestMti)) {
            return Optional.empty();
        }
        return Optional.of("%04d".formatted(Integer.parseInt(requestMti) + 10));
    }

    static IsoMessage to(IsoMessage request, String responseCode) {
        String mti = replyMti(request.mti()).orElseThrow(
                () -> new IllegalArgumentException(request.mti() + " is not a request of profile 1"));
        IsoMessage reply = IsoMessage.of(mti);
        for (int field : ECHOED) {
            Optional<String> value = request.text(field);
            if (value.isPresent()) {
                reply = reply.with(field, value.get());
            }
        }
        return reply.with(39, responseCode);
    }

    /**
     * Wraps the reply, with the MAC key when it must be signed: the request carried a MAC (anything
     * but sign-on and heartbeat) and 39 is {@code 00} or {@code 94}.
     */
    static TerminalReply send(IsoMessage request, IsoMessage reply, byte[] macKey) {
        String code = reply.text(39).orElseThrow();
        if (isSigned(request.mti(), code)) {
            if (macKey == null) {
                throw new IllegalStateException("reply " + reply.mti() + " must be signed but no key is known");
            }
            return TerminalReply.signed(reply, macKey);
        }
        return TerminalReply.of(reply);
    }

    static boolean isSigned(String requestMti, String responseCode) {
        return !UNSIGNED_REQUESTS.contains(requestMti) && isSignedCode(responseCode);
    }

    static boolean isSignedCode(String responseCode) {
        return SIGNED_CODES.contains(responseCode);
    }
}
