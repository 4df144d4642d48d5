package org.posdesk.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One of the codes that stand in for the authenticator when it is lost. Only a PBKDF2 hash is
 * kept (the plain codes are shown once, at enrolment); each code works once.
 */
@Embeddable
public class RecoveryCode {

    public static final int COUNT = 10;
    private static final int LENGTH = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i to misread
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordHasher HASHER = new PasswordHasher();

    @Column(name = "code_hash", nullable = false, length = 255)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    private RecoveryCode(String codeHash) {
        this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
    }

    /** Fresh plain codes, as {@code xxxxx-xxxxx} (about 49 bits each). */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int n = 0; n < COUNT; n++) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int i = 0; i < LENGTH; i++) {
                if (i == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    public static RecoveryCode hashed(String plain) {
        return new RecoveryCode(HASHER.hash(normalise(plain).toCharArray()));
    }

    /** Whether the typed text is this code and still unused; does not use it up. */
    boolean matches(String typed) {
        return usedAt == null && HASHER.verify(normalise(typed).toCharArray(), codeHash);
    }

    void useAt(Instant at) {
        usedAt = Objects.requireNonNull(at, "at");
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    /** People copy codes with spaces, without the dash, or in capitals. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
