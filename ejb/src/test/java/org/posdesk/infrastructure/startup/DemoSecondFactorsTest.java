package org.posdesk.infrastructure.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.user.Base32;
import org.posdesk.domain.user.Totp;

class DemoSecondFactorsTest {

    @Test
    void theDemoStaffSecretsAre160BitsOfBase32() {
        assertThat(DemoSecondFactors.SECRETS).containsOnlyKeys("agent1", "admin1");
        assertThat(DemoSecondFactors.SECRETS.values()).allSatisfy(secret -> {
            assertThat(secret).matches("[A-Z2-7]{32}");
            assertThat(Base32.decode(secret)).hasSize(Totp.SECRET_BYTES);
        });
    }

    /** A newcomer reads the secrets in the README and the run banner: they must be the enrolled ones. */
    @Test
    void theReadmeAndTheRunBannerPrintTheSecretsTheDemoEnrols() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String run = Files.readString(Path.of("../bin/posdesk"));

        DemoSecondFactors.SECRETS.forEach((user, secret) -> {
            assertThat(readme).contains("| `" + user + "` | `" + secret + "` |");
            assertThat(run).contains(user + " " + secret);
        });
    }
}
