package org.posdesk.application.terminals.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.internal.Viewer;
import org.posdesk.application.terminals.KeyStatus;
import org.posdesk.application.terminals.TerminalKeys;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;
import org.posdesk.domain.user.Role;
import org.posdesk.infrastructure.crypto.KeyVault;

@Stateless
public class TerminalKeysBean implements TerminalKeys {

    static final String ROTATION_EVENT = "MAC_KEY_ROTATION_REQUESTED";
    private static final int MAK_BYTES = 16;

    @Inject
    private AccessPolicy access;
    @Inject
    private TerminalRepository terminals;
    @Inject
    private KeyVault keyVault;
    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Override
    public KeyStatus status(String tid) {
        administrator();
        return status(terminal(tid), false);
    }

    @Override
    public KeyStatus requestMacKeyRotation(String tid, String origin) {
        Viewer admin = administrator();
        Terminal terminal = terminal(tid);
        boolean staged = terminal.stageMacKey(keyVault.encrypt(KeyVault.randomKey(MAK_BYTES)), clock.instant());
        audit.record(admin.username(), ROTATION_EVENT, AuditTrail.SUCCESS, origin, "terminal",
                terminal.getTid().value(), staged ? "new MAC key staged for the next sign-on"
                        : "a rotation was already pending; kept");
        return status(terminal, staged);
    }

    private static KeyStatus status(Terminal terminal, boolean staged) {
        return new KeyStatus(terminal.getTid().value(), terminal.getMacKeyActivatedAt(),
                terminal.getMacKeyPendingSince().orElse(null), staged);
    }

    private Terminal terminal(String tid) {
        try {
            return terminals.findByTid(new Tid(tid)).orElseThrow(() -> new AccessDeniedException("not found"));
        } catch (IllegalArgumentException | NullPointerException notATid) {
            throw new AccessDeniedException("not found");
        }
    }

    private Viewer administrator() {
        Viewer viewer = access.viewer();
        if (viewer.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        return viewer;
    }
}
