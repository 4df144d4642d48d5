package org.posdesk.connector.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Keys of the demo and test terminals, derived from the TID so that posdesk's demo tenant and the
 * terminal simulator agree without a key exchange. Real terminals get keys injected in a key
 * ceremony; these derivations are public and must never protect a real terminal.
 */
public final class DemoKeys {

    private DemoKeys() {
    }

    /** The double-length MAC key (MAK) of a demo terminal. */
    public static byte[] mak(String tid) {
        return derive("posdesk-demo-mak:", tid);
    }

    /** The double-length terminal master key (TMK) of a demo terminal. */
    public static byte[] tmk(String tid) {
        return derive("posdesk-demo-tmk:", tid);
    }

    private static byte[] derive(String purpose, String tid) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((purpose + tid).getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
