package org.posdesk.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

import org.posdesk.connector.codec.DecodeException;
import org.posdesk.connector.codec.Field60;
import org.posdesk.connector.codec.FrameCodec;
import org.posdesk.connector.codec.Header;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.Mac;
import org.posdesk.connector.codec.OutboundMessage;
import org.posdesk.connector.demo.DemoKeys;

/**
 * One POS terminal. Everything it must deliver goes through its store-and-forward queue and is
 * sent one request at a time over its single connection; a reply that does not come closes the
 * connection and the same request is sent again after a reconnect. Not shared between threads.
 */
final class Terminal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Terminal.class.getName());
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");

    /** What became of a transaction the terminal was asked to make. */
    enum Outcome { DELIVERED, QUEUED, REFUSED }

    private final TerminalConfig config;
    private final Path dir;
    private final TerminalState state;
    private final OutQueue queue;
    private final PanVault vault;
    private final Messages messages;
    private final GroundTruth truth;
    private final Random random;
    private final PrintStream report;
    private Journal journal;
    private Mac mac;
    private Connection connection;
    private boolean offline;
    private boolean halted;
    private int haltAfterUploadSends = -1;
    private final java.util.Set<String> uploadRecordsLost = new java.util.HashSet<>();
    private Instant lastContact = Instant.EPOCH;
    private LongConsumer acknowledged = nanos -> { };

    Terminal(TerminalConfig config, GroundTruth truth, Random random, PrintStream report) {
        this.config = config;
        this.truth = truth;
        this.random = random;
        this.report = report;
        this.dir = config.stateRoot().resolve(config.tid());
        try {
            Files.createDirectories(dir.resolve("reversals"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.state = new TerminalState(dir.resolve("terminal.properties"));
        this.journal = Journal.open(dir, state.batch());
        this.queue = new OutQueue(dir.resolve("queue"));
        this.vault = new PanVault(config.tid());
        this.messages = new Messages(config.tid(), config.mid());
        Path rotated = dir.resolve("mak.hex");
        this.mac = new Mac(Files.exists(rotated) ? HexFormat.of().parseHex(Files2.read(rotated).trim()) : config.mak());
        if (!queue.isEmpty()) {
            LOG.info(() -> tid() + " restarted with " + queue.size() + " queued request(s), batch " + batch()
                    + " " + state.phase());
        }
    }

    String tid() {
        return config.tid();
    }

    String batch() {
        return state.batch();
    }

    TerminalState.Phase phase() {
        return state.phase();
    }

    List<JournalEntry> journal() {
        return journal.entries();
    }

    boolean isCancelled(String stan) {
        return journal.isCancelled(stan);
    }

    int queued() {
        return queue.size();
    }

    boolean isOffline() {
        return offline;
    }

    void onAcknowledged(LongConsumer latencyNanos) {
        this.acknowledged = latencyNanos;
    }

    /** Simulates pulling the cable (and the power) right after the n-th batch-upload record is sent. */
    void haltAfterUploadSends(int n) {
        this.haltAfterUploadSends = n;
    }

    /**
     * The batch-upload record of this entry is lost on the way as well: the upload end still
     * counts it, so posdesk ends the upload one short (UPLOAD_INCOMPLETE). A host 361 sends it.
     */
    void loseUploadRecordOf(String stan) {
        uploadRecordsLost.add(stan);
    }

    // ---- transactions -------------------------------------------------------------------

    Outcome sale(long amountMinor, String orderNumber) {
        return transact(offline ? EntryKind.OFFLINE_SALE : EntryKind.SALE, amountMinor, orderNumber, null, true);
    }

    /** A sale whose advice is lost on the way: in the journal, never sent, so settlement will not balance. */
    Outcome saleWithLostAdvice(long amountMinor) {
        return transact(EntryKind.SALE, amountMinor, null, null, false);
    }

    Outcome voidSale(String originalStan) {
        Optional<JournalEntry> original = journal.find(originalStan)
                .filter(e -> e.kind().isDebit() && !journal.isCancelled(e.stan()));
        if (original.isEmpty()) {
            LOG.warning(() -> tid() + " no sale " + originalStan + " to void in batch " + batch());
            return Outcome.REFUSED;
        }
        return transact(EntryKind.VOID, original.get().amountMinor(), null, original.get(), true);
    }

    Outcome refund(String originalStan, long amountMinor) {
        Optional<JournalEntry> original = journal.find(originalStan).filter(e -> e.kind().isDebit());
        if (original.isEmpty() || amountMinor > original.get().amountMinor()) {
            LOG.warning(() -> tid() + " no sale " + originalStan + " to refund " + amountMinor);
            return Outcome.REFUSED;
        }
        return transact(EntryKind.REFUND, amountMinor, null, original.get(), true);
    }

    private Outcome transact(EntryKind kind, long amount, String order, JournalEntry original, boolean deliver) {
        if (state.phase() != TerminalState.Phase.OPEN) {
            String why = state.phase() == TerminalState.Phase.UPLOADING ? "批上送未完成" : "结算未完成";
            LOG.warning(() -> tid() + " " + why + ": " + kind + " refused, batch " + batch());
            drain();
            return Outcome.REFUSED;
        }
        String pan = original != null ? vault.open(original.sealedPan()) : TestCards.next(random);
        LocalDateTime now = LocalDateTime.now(config.clock().withZone(config.zone()));
        JournalEntry entry = new JournalEntry(batch(), state.nextStan(), kind, amount, vault.seal(pan),
                pan.substring(0, 6), pan.substring(pan.length() - 4), digits(12), digits(6), now.withNano(0), order,
                original == null ? null : original.batch(), original == null ? null : original.stan(),
                kind == EntryKind.REFUND ? original.terminalTime().format(MMDD) : null);
        journal.append(entry);
        if (!deliver) {
            LOG.info(() -> tid() + " advice lost on purpose: " + entry);
            return Outcome.QUEUED;
        }
        if (kind != EntryKind.OFFLINE_SALE) {
            // Saved before the advice it may reverse is sent, so a crash cannot forget it.
            Files2.writeAtomically(reversalFile(entry.batch(), entry.stan()), messages.reversal(entry, "98").serialize());
        }
        queue.add(messages.advice(entry), OutQueue.NORMAL);
        LOG.fine(() -> tid() + " " + entry);
        if (offline) {
            return Outcome.QUEUED;
        }
        return drain() ? Outcome.DELIVERED : Outcome.QUEUED;
    }

    // ---- network management -------------------------------------------------------------

    boolean signOn() {
        Optional<IsoMessage> reply = direct(messages.signOn(state.nextStan(), batch()));
        reply.flatMap(r -> r.binary(62)).ifPresent(this::rotateKey);
        reply.ifPresent(r -> LOG.info(() -> tid() + " signed on, batch " + batch()
                + r.text(60).map(f -> ", host batch " + f.substring(2, Math.min(8, f.length()))).orElse("")));
        return reply.isPresent() && drain();
    }

    boolean heartbeat() {
        return direct(messages.heartbeat(state.nextStan(), batch())).isPresent() && drain();
    }

    void heartbeatIfDue() {
        if (!offline && Duration.between(lastContact, Instant.now()).compareTo(config.heartbeatInterval()) >= 0) {
            heartbeat();
        }
    }

    void goOffline() {
        offline = true;
        closeConnection();
        LOG.info(() -> tid() + " offline");
    }

    boolean goOnline() {
        offline = false;
        LOG.info(() -> tid() + " back online with " + queue.size() + " queued");
        return drain();
    }

    /**
     * Settles the batch: 0500 with the journal's totals; when posdesk does not balance, a
     * batch upload follows. Returns whether the batch is closed.
     */
    boolean settle() {
        if (state.phase() == TerminalState.Phase.OPEN) {
            String settledBatch = batch();
            state.setPhase(TerminalState.Phase.SETTLING);
            queue.add(messages.settlement(state.nextStan(), settledBatch, SettlementTotals.of(journal)), OutQueue.NORMAL);
            drain();
            return !settledBatch.equals(batch());
        }
        String before = batch();
        drain();
        return !before.equals(batch());
    }

    /** Sends what is queued, oldest first. True when the queue is empty. */
    boolean drain() {
        int failures = 0;
        String head = null;
        int headAttempts = 0;
        while (!offline && !halted) {
            Optional<OutQueue.Queued> next = queue.head();
            if (next.isEmpty()) {
                return true;
            }
            OutQueue.Queued queued = next.get();
            if (!queued.name().equals(head)) {
                head = queued.name();
                headAttempts = 0;
            }
            try {
                long start = System.nanoTime();
                IsoMessage reply = exchange(queued.request().outbound(vault), true, queued.request().purpose());
                if (settleReply(queued, reply, System.nanoTime() - start)) {
                    failures = 0;
                    continue;
                }
            } catch (IOException | DecodeException | BadReply e) {
                String request = queued.request().toString();
                LOG.warning(() -> tid() + " " + request + ": " + e + "; will resend");
                closeConnection();
                headAttempts++;
                if (queued.request().purpose() == Request.Purpose.ADVICE && config.adviceAttempts() > 0
                        && headAttempts >= config.adviceAttempts()) {
                    reverse(queued);
                    continue;
                }
            }
            failures++;
            if (halted || config.maxFailures() > 0 && failures >= config.maxFailures()) {
                int count = queue.size();
                LOG.warning(() -> tid() + " giving up for now, " + count + " request(s) stay queued");
                return false;
            }
            pause(backoff(failures));
        }
        return queue.isEmpty();
    }

    // ---- the wire -----------------------------------------------------------------------

    private Optional<IsoMessage> direct(IsoMessage request) {
        if (offline || halted) {
            return Optional.empty();
        }
        try {
            IsoMessage reply = exchange(OutboundMessage.of(request), false, null);
            if (!"00".equals(reply.text(39).orElse(""))) {
                LOG.warning(() -> tid() + " " + request.mti() + " answered " + reply.text(39).orElse("--"));
                return Optional.empty();
            }
            return Optional.of(reply);
        } catch (IOException | DecodeException | BadReply e) {
            LOG.warning(() -> tid() + " " + request.mti() + ": " + e);
            closeConnection();
            return Optional.empty();
        }
    }

    /** One request, its reply, and the host command that may follow it. */
    private IsoMessage exchange(OutboundMessage request, boolean withMac, Request.Purpose purpose)
            throws IOException, DecodeException, BadReply {
        if (connection == null) {
            connection = new Connection(config.host(), config.port(), config.responseTimeout());
            LOG.fine(() -> tid() + " connected to " + config.host() + ":" + config.port());
        }
        byte[] frame = withMac ? FrameCodec.encodeWithMac(request, Wire.TPDU, Wire.HEADER, mac)
                : FrameCodec.encode(request, Wire.TPDU, Wire.HEADER);
        connection.send(frame);
        if (purpose == Request.Purpose.UPLOAD && haltAfterUploadSends > 0 && --haltAfterUploadSends == 0) {
            halted = true;
            closeConnection();
            throw new IOException("cable pulled during batch upload (simulated)");
        }
        Connection.Received received = connection.receive();
        IsoMessage reply = received.frame().message();
        IsoMessage sent = request.message();
        String expected = String.format("%04d", Integer.parseInt(sent.mti()) + 10);
        if (!reply.mti().equals(expected) || !reply.text(11).equals(sent.text(11))) {
            throw new BadReply("expected " + expected + " STAN " + sent.text(11).orElse("") + ", got "
                    + reply.mti() + " STAN " + reply.text(11).orElse("none"));
        }
        String code = reply.text(39).orElse("");
        if (withMac && (code.equals("00") || code.equals("94"))
                && (!reply.has(64) || !FrameCodec.macMatches(received.bytes(), mac))) {
            throw new BadReply(reply.mti() + " with a missing or wrong MAC");
        }
        lastContact = Instant.now();
        if (received.frame().header().processingRequirement() == Header.COMMAND_FOLLOWS) {
            obeyCommand();
        }
        return reply;
    }

    private void obeyCommand() {
        try {
            Connection.Received received = connection.receive();
            IsoMessage command = received.frame().message();
            if (!command.mti().equals("0800")) {
                LOG.warning(() -> tid() + " expected a host 0800, got " + command.mti());
                return;
            }
            boolean macOk = command.has(64) && FrameCodec.macMatches(received.bytes(), mac);
            Optional<Field60> f60 = Optional.ofNullable(command.text(60).orElse(null)).map(Terminal::field60);
            String code = f60.map(Field60::networkCode).orElse("");
            List<Request> work = macOk ? commandWork(code, f60.map(Field60::batch).orElse("")) : List.of();
            String answer = work.isEmpty() ? "12" : "00";
            connection.send(FrameCodec.encodeWithMac(OutboundMessage.of(messages.commandAnswer(command, answer)),
                    received.frame().tpdu().reply(), Wire.HEADER, mac));
            LOG.info(() -> tid() + " host command " + code + (macOk ? "" : " with a bad MAC") + " answered " + answer
                    + (work.isEmpty() ? "" : ", " + work.size() + " request(s) follow"));
            work.forEach(r -> queue.add(r, OutQueue.COMMAND));
        } catch (IOException | DecodeException e) {
            LOG.warning(() -> tid() + " host command lost: " + e);
            closeConnection();
        }
    }

    private static Field60 field60(String digits) {
        try {
            return Field60.parse(digits);
        } catch (DecodeException e) {
            return null;
        }
    }

    /** What a host command asks for, or nothing when the terminal cannot obey. */
    private List<Request> commandWork(String code, String commandBatch) {
        if (code.equals("361")) {
            Journal source = commandBatch.equals(batch()) ? journal
                    : Journal.exists(dir, commandBatch) ? Journal.open(dir, commandBatch) : null;
            if (source == null) {
                return List.of();
            }
            List<Request> work = new java.util.ArrayList<>(source.entries().stream().map(messages::upload).toList());
            work.add(messages.uploadEnd(state.nextStan(), commandBatch, source.entries().size(), "202", false));
            return work;
        }
        if (code.equals("362")) {
            Optional<JournalEntry> last = journal.last();
            if (last.isEmpty()) {
                String previous = String.format("%06d", Integer.parseInt(batch()) - 1);
                last = Journal.exists(dir, previous) ? Journal.open(dir, previous).last() : Optional.empty();
            }
            return last.map(e -> List.of(messages.advice(e))).orElse(List.of());
        }
        return List.of();
    }

    /** Acts on a reply to a queued request; false when it must be sent again later ({@code 96}). */
    private boolean settleReply(OutQueue.Queued queued, IsoMessage reply, long latencyNanos) {
        Request request = queued.request();
        String code = reply.text(39).orElse("");
        if (code.equals("96")) {
            LOG.warning(() -> tid() + " " + request + " answered 96, will resend");
            return false;
        }
        boolean delivered = code.equals("00") || code.equals("94")
                || request.purpose() == Request.Purpose.REVERSAL && code.equals("25");
        if (delivered) {
            acknowledged.accept(latencyNanos);
            request.truthRecord().ifPresent(t -> truth.record(truthLine(request, t)));
        } else {
            LOG.severe(() -> tid() + " " + request + " rejected with " + code);
        }
        switch (request.purpose()) {
            case ADVICE -> Files2.delete(reversalFile(request.field(60).substring(2, 8), request.stan()));
            case SETTLEMENT -> {
                if (!delivered) {
                    state.setPhase(TerminalState.Phase.OPEN);
                } else if (SettlementTotals.Result.of(reply.text(48).orElse(null)) == SettlementTotals.Result.BALANCED) {
                    queue.remove(queued.name());
                    closeBatch("balanced");
                    return true;
                } else {
                    startUpload();
                }
            }
            case UPLOAD_END -> {
                if (request.closesBatch()) {
                    queue.remove(queued.name());
                    closeBatch(delivered ? "uploaded" : "upload end rejected");
                    return true;
                }
            }
            default -> { }
        }
        queue.remove(queued.name());
        return true;
    }

    private void startUpload() {
        List<JournalEntry> entries = journal.entries();
        LOG.info(() -> tid() + " batch " + batch() + " not balanced: uploading " + entries.size() + " record(s)");
        state.setPhase(TerminalState.Phase.UPLOADING);
        for (JournalEntry e : entries) {
            if (uploadRecordsLost.contains(e.stan())) {
                LOG.info(() -> tid() + " upload record lost on purpose: " + e);
            } else {
                queue.add(messages.upload(e), OutQueue.NORMAL);
            }
        }
        queue.add(messages.uploadEnd(state.nextStan(), batch(), entries.size(), "202", true), OutQueue.NORMAL);
    }

    private void closeBatch(String how) {
        SettlementTotals totals = SettlementTotals.of(journal);
        synchronized (report) {
            report.printf("%s batch %s settled (%s): domestic %s; foreign %s%n", tid(), batch(), how,
                    totals.domestic(), totals.foreign());
        }
        state.nextBatch();
        journal = Journal.open(dir, batch());
        LOG.info(() -> tid() + " batch closed (" + how + "), now batch " + batch());
    }

    private void reverse(OutQueue.Queued queued) {
        Request advice = queued.request();
        String adviceBatch = advice.field(60).substring(2, 8);
        Path file = reversalFile(adviceBatch, advice.stan());
        if (Files.exists(file)) {
            queue.add(Request.deserialize(Files2.read(file)), OutQueue.COMMAND);
            Files2.delete(file);
        }
        if (adviceBatch.equals(batch())) {
            journal.markReversed(advice.stan());
        }
        queue.remove(queued.name());
        LOG.warning(() -> tid() + " no answer to " + advice + ": reversing it");
    }

    private void rotateKey(byte[] field62) {
        Optional<byte[]> newMak = KeyRotation.unwrap(field62, DemoKeys.tmk(tid()));
        if (newMak.isPresent()) {
            Files2.writeAtomically(dir.resolve("mak.hex"), HexFormat.of().formatHex(newMak.get()));
            mac = new Mac(newMak.get());
            LOG.info(() -> tid() + " MAC key rotated");
        } else {
            LOG.severe(() -> tid() + " new MAC key in sign-on reply fails its check value; keeping the old one");
        }
    }

    private GroundTruth.Line truthLine(Request r, Request.Truth t) {
        return new GroundTruth.Line(tid(), r.field(60).substring(2, 8), r.stan(), t.type(), Long.parseLong(r.field(4)),
                t.bin(), t.last4(), r.field(37), r.field(38), t.terminalTime(), t.origin());
    }

    private Path reversalFile(String entryBatch, String stan) {
        return dir.resolve("reversals").resolve(entryBatch + "-" + stan + ".req");
    }

    private String digits(int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(random.nextInt(10));
        }
        return out.toString();
    }

    private Duration backoff(int failures) {
        long millis = config.initialBackoff().toMillis() << Math.min(failures - 1, 16);
        return Duration.ofMillis(Math.min(millis, config.maxBackoff().toMillis()));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void closeConnection() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    @Override
    public void close() {
        closeConnection();
    }
}
