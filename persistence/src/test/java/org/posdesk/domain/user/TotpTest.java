package org.posdesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    // RFC 6238 Appendix B: the seeds are the ASCII digits, 20, 32 and 64 bytes long.
    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890".repeat(6) + "1234").getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({
            "59,          94287082, 46119246, 90693936",
            "1111111109,  07081804, 68084774, 25091201",
            "1111111111,  14050471, 67062674, 99943326",
            "1234567890,  89005924, 91819424, 93441116",
            "2000000000,  69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfc6238TestVectors(long unixSeconds, String sha1, String sha256, String sha512) {
        long step = Totp.stepAt(Instant.ofEpochSecond(unixSeconds));

        assertThat(Totp.code(SHA1_SEED, step, 8)).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheVectorsZeroPadded() {
        assertThat(Totp.code(SHA1_SEED, Totp.stepAt(Instant.ofEpochSecond(59)), 6)).isEqualTo("287082");
        assertThat(Totp.code(SHA1_SEED, Totp.stepAt(Instant.ofEpochSecond(1111111109)), 6)).isEqualTo("081804");
    }

    @Test
    void acceptsTheStepBeforeAndAfterButNotTwoAway() {
        long now = Totp.stepAt(Instant.ofEpochSecond(1234567890));

        for (long offset = -1; offset <= 1; offset++) {
            String code = Totp.code(SHA1_SEED, now + offset, Totp.DIGITS);
            assertThat(Totp.matchingStep(SHA1_SEED, code, now, 0)).as("offset %d", offset)
                    .isEqualTo(OptionalLong.of(now + offset));
        }
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, now - 2, 6), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, now + 2, 6), now, 0)).isEmpty();
    }

    @Test
    void refusesACodeOfAStepAlreadyUsedOrEarlier() {
        long now = Totp.stepAt(Instant.ofEpochSecond(1234567890));
        String current = Totp.code(SHA1_SEED, now, 6);
        String previous = Totp.code(SHA1_SEED, now - 1, 6);

        assertThat(Totp.matchingStep(SHA1_SEED, current, now, now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, previous, now, now - 1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, current, now, now - 1)).hasValue(now);
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        long now = Totp.stepAt(Instant.ofEpochSecond(59));
        String code = Totp.code(SHA1_SEED, now, 6);

        assertThat(Totp.matchingStep(SHA1_SEED, null, now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, code + "0", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, " " + code, now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "94287082", now, 0)).isEmpty();
    }

    @Test
    void theKeyUriCarriesIssuerAccountAndSecret() {
        assertThat(Totp.keyUri("posdesk", "li na@x", "JBSWY3DPEHPK3PXP")).isEqualTo(
                "otpauth://totp/posdesk:li%20na%40x?secret=JBSWY3DPEHPK3PXP&issuer=posdesk"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
