package org.posdesk.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.posdesk.domain.user.Base32;
import org.posdesk.domain.user.SecondFactor;
import org.posdesk.domain.user.SecondFactorRepository;
import org.posdesk.domain.user.UserRepository;
import org.posdesk.infrastructure.crypto.KeyVault;

/**
 * Agents and administrators need an authenticator; a newcomer trying the demo has none set up for
 * posdesk. The demo's staff are therefore enrolled with secrets printed in the README and the run
 * command's banner, so anyone can add them to an authenticator app (or compute a code with
 * {@code oathtool --totp -b SECRET}). Demo only, and only for a demo user without an authenticator:
 * one a person enrolled themselves is left alone. These secrets are public; never a real account's.
 */
@Singleton
@Startup
@DependsOn("DemoTenant")
public class DemoSecondFactors {

    /** 32 base32 characters, 160 bits each. */
    public static final Map<String, String> SECRETS = Map.of(
            "agent1", "DEMOAGENTPOSDESKDEMOAGENTPOSDESK",
            "admin1", "DEMOADMINPOSDESKDEMOADMINPOSDESK");

    private static final Logger LOG = Logger.getLogger(DemoSecondFactors.class.getName());

    @Inject
    private UserRepository users;
    @Inject
    private SecondFactorRepository factors;
    @Inject
    private KeyVault vault;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void enrol() {
        if (!"true".equalsIgnoreCase(System.getenv("POSDESK_DEMO")) || !vault.isConfigured()) {
            return;
        }
        SECRETS.forEach((username, secret) -> users.findByUsername(username).ifPresent(user -> {
            if (factors.findByUserId(user.getId()).filter(SecondFactor::isActive).isPresent()) {
                return;
            }
            SecondFactor factor = factors.findByUserId(user.getId()).orElseGet(() -> {
                SecondFactor created = SecondFactor.of(user);
                factors.add(created);
                return created;
            });
            factor.beginEnrolment(vault.encrypt(Base32.decode(secret)));
            factor.activate(0, List.of(), clock.instant());
            LOG.info(() -> "Demo user " + username + " enrolled with the demo authenticator secret of the README");
        }));
    }
}
