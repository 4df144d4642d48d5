package org.posdesk.application.terminal.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.TerminalRequest;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.ContactKind;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;
import org.posdesk.infrastructure.config.Settings;
import org.posdesk.infrastructure.crypto.KeyVault;

/** Sign-on (0800), heartbeat (0820), connects and disconnects: the terminal's contact log. */
@Dependent
class ContactFlow {

    /** Real terminals' key-mode variants of sign-on. */
    private static final Set<String> SIGN_ON_CODES = Set.of("001", "003", "004", "005");
    private static final String SIGN_OFF = "002";
    private static final String HEARTBEAT = "301";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMdd");
    private static final Duration DEFAULT_MAK_MAX_AGE = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(ContactFlow.class.getName());

    @Inject
    TerminalRepository terminals;
    @Inject
    HostCommandFlow commands;
    @Inject
    KeyVault keyVault;

    TerminalReply signOn(Inbound in) {
        String code = in.field60().networkCode();
        Terminal terminal = in.terminal();
        if (SIGN_OFF.equals(code)) {
            record(terminal, ContactKind.SIGN_OFF, in.request());
            return in.answer("00");
        }
        if (!SIGN_ON_CODES.contains(code)) {
            activity(terminal, in.request());
            return in.answer("12");
        }
        record(terminal, ContactKind.SIGN_ON, in.request());
        // 60.2 000000 asks posdesk for the batch; any other value is the terminal's own.
        if (!"000000".equals(in.field60().batch())) {
            terminal.useBatch(in.batch());
        }
        BatchNumber batch = terminal.getCurrentBatchNumber();
        ZonedDateTime now = in.at().atZone(in.merchant().getTimeZone());
        IsoMessage reply = Replies.to(in.message(), "00")
                .with(12, TIME.format(now)).with(13, DATE.format(now))
                .with(60, "00" + batch.formatted() + code);
        stageRotationWhenDue(terminal, in.at());
        if (terminal.hasPendingMacKey()) {
            reply = reply.with(62, KeyBlock.wrap(keyVault.decrypt(terminal.getMakPendingEncrypted().orElseThrow()),
                    keyVault.decrypt(terminal.getTmkEncrypted())));
        }
        return commands.attachPending(in, in.answer(reply));
    }

    /**
     * Rotation at sign-on: a MAC key that has served past {@code POSDESK_MAK_MAX_AGE} (default 30
     * days, {@code off} to rely on administrators alone) is replaced through the same pending-key
     * exchange an administrator's request uses, so no terminal keeps one key for ever.
     */
    private void stageRotationWhenDue(Terminal terminal, Instant now) {
        Optional<Duration> maxAge = Settings.get("mak.max-age")
                .map(v -> "off".equalsIgnoreCase(v) ? Optional.<Duration>empty() : Optional.of(Settings.parseDuration(v)))
                .orElse(Optional.of(DEFAULT_MAK_MAX_AGE));
        if (!terminal.hasPendingMacKey() && maxAge.isPresent() && terminal.isMacKeyOlderThan(maxAge.get(), now)) {
            terminal.stageMacKey(keyVault.encrypt(KeyVault.randomKey(16)), now);
            LOG.info(() -> "terminal " + terminal.getTid() + ": MAC key older than " + maxAge.get() + ", rotating");
        }
    }

    TerminalReply heartbeat(Inbound in) {
        if (!HEARTBEAT.equals(in.field60().networkCode())) {
            activity(in.terminal(), in.request());
            return in.answer("12");
        }
        record(in.terminal(), ContactKind.HEARTBEAT, in.request());
        return commands.attachPending(in, in.answer("00"));
    }

    /** @return the terminal the connection belonged to, if it said who it was */
    Optional<Terminal> disconnected(TerminalRequest request) {
        if (request.tid() == null) {
            return Optional.empty();
        }
        Optional<Terminal> terminal;
        try {
            terminal = terminals.findByTid(Tid.of(request.tid()));
        } catch (IllegalArgumentException notATid) {
            // The connection never said who it was; there is no terminal to log against.
            return Optional.empty();
        }
        terminal.ifPresent(t -> record(t, ContactKind.DISCONNECT, request));
        return terminal;
    }

    /** Stores the contact and any offline gap it revealed. */
    void record(Terminal terminal, ContactKind kind, TerminalRequest request) {
        terminals.addContact(terminal.recordContact(kind, request.receivedAt(), request.node()));
    }

    /**
     * Any admitted request other than sign-on and heartbeat shows the terminal in contact; no
     * contact row is written, and the terminal row only every few seconds (see {@link Terminal}).
     */
    void activity(Terminal terminal, TerminalRequest request) {
        terminal.recordActivity(request.receivedAt(), request.node()).ifPresent(terminals::addGap);
    }
}
