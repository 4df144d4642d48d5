package org.posdesk.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/** What a fleet does in a run: one thread per terminal. */
final class Scenarios {

    private static final Logger LOG = Logger.getLogger(Scenarios.class.getName());

    private Scenarios() {
    }

    /** Each terminal: sign-on, sales with some voids, refunds and order numbers, heartbeats, settlement. */
    static int normalDay(FleetSetup fleet) {
        return eachTerminal(fleet, i -> {
            try (Terminal t = fleet.terminal(i)) {
                Random random = fleet.random(i + 7919);
                t.signOn();
                t.heartbeat();
                for (int s = 1; s <= fleet.sales; s++) {
                    shop(t, random, s);
                    t.heartbeatIfDue();
                    pause(fleet.pause);
                }
                return t.settle();
            }
        });
    }

    /**
     * Like a normal day, with trouble: every fifth terminal (the 2nd, 7th, …) is offline for the
     * middle third of its day and sells offline; the first loses one advice so its settlement does
     * not balance and it uploads; the third loses one too and has its upload interrupted, refuses a
     * sale while the upload is unfinished, restarts and resumes it.
     */
    static int outages(FleetSetup fleet) {
        return eachTerminal(fleet, i -> {
            Random random = fleet.random(i + 7919);
            Terminal t = fleet.terminal(i);
            try {
                t.signOn();
                int third = Math.max(1, fleet.sales / 3);
                for (int s = 1; s <= fleet.sales; s++) {
                    if (i % 5 == 1 && s == third) {
                        t.goOffline();
                    }
                    if (i % 5 == 1 && s == 2 * third) {
                        t.goOnline();
                    }
                    if ((i == 0 || i == 2) && s == fleet.sales / 2 + 1) {
                        t.saleWithLostAdvice(amount(random));
                    } else {
                        shop(t, random, s);
                    }
                    t.heartbeatIfDue();
                    pause(fleet.pause);
                }
                if (t.isOffline()) {
                    t.goOnline();
                }
                if (i != 2) {
                    return t.settle();
                }
                t.haltAfterUploadSends(2);
                if (t.settle()) {
                    return true;
                }
                LOG.info(() -> t.tid() + " upload interrupted; trying a sale");
                t.sale(amount(random), null);
                t.close();
                Terminal restarted = fleet.terminal(i);
                LOG.info(() -> restarted.tid() + " restarted, resuming the upload");
                boolean closed = restarted.settle();
                restarted.close();
                return closed;
            } finally {
                t.close();
            }
        });
    }

    /**
     * Each terminal: sign-on, plain sales, one of them with its advice lost and its batch-upload
     * record lost again, then settlement. posdesk does not balance, receives an upload one record
     * short of the count announced and keeps the batch UPLOAD_INCOMPLETE; the terminal, answered
     * {@code 00}, closes the batch and keeps its journal, so a host {@code 361} can fetch it again.
     */
    static int incompleteUpload(FleetSetup fleet) {
        return eachTerminal(fleet, i -> {
            try (Terminal t = fleet.terminal(i)) {
                Random random = fleet.random(i + 7919);
                t.signOn();
                for (int s = 1; s <= fleet.sales; s++) {
                    if (s == fleet.sales / 2 + 1) {
                        t.saleWithLostAdvice(amount(random));
                        t.loseUploadRecordOf(t.journal().get(t.journal().size() - 1).stan());
                    } else {
                        t.sale(amount(random), null);
                    }
                    t.heartbeatIfDue();
                    pause(fleet.pause);
                }
                return t.settle();
            }
        });
    }

    /** Sale advices back to back for a while; prints acknowledgements per second and p50/p99. */
    static int load(FleetSetup fleet, Duration duration) {
        LatencyRecorder latencies = new LatencyRecorder();
        Instant start = Instant.now();
        Instant end = start.plus(duration);
        int failed = eachTerminal(fleet, i -> {
            try (Terminal t = fleet.terminal(i)) {
                Random random = fleet.random(i + 7919);
                t.onAcknowledged(latencies::record);
                t.signOn();
                while (Instant.now().isBefore(end)) {
                    if (t.sale(amount(random), null) == Terminal.Outcome.REFUSED) {
                        return false;
                    }
                    if (!fleet.think.isZero()) {
                        pause(fleet.think);
                    }
                }
                return true;
            }
        });
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        fleet.report.printf("load: %d terminals, %d acknowledged in %.1f s = %.1f msg/s, p50 %.2f ms, p99 %.2f ms%n",
                fleet.configs.size(), latencies.count(), seconds, latencies.count() / seconds,
                latencies.percentileMillis(50), latencies.percentileMillis(99));
        return failed;
    }

    /**
     * Runs until killed: heartbeats, a sale now and then, the first terminal offline for two minutes
     * of every ten.
     */
    static int live(FleetSetup fleet) {
        return eachTerminal(fleet, i -> {
            try (Terminal t = fleet.terminal(i)) {
                Random random = fleet.random(i + 7919);
                t.signOn();
                int s = 0;
                Instant nextSale = Instant.now().plusSeconds(2 + random.nextInt(30));
                while (!Thread.currentThread().isInterrupted()) {
                    if (i == 0) {
                        long minute = (System.currentTimeMillis() / 60_000) % 10;
                        boolean shouldBeOffline = minute >= 3 && minute < 5;
                        if (shouldBeOffline && !t.isOffline()) {
                            t.goOffline();
                        } else if (!shouldBeOffline && t.isOffline()) {
                            t.goOnline();
                        }
                    }
                    if (Instant.now().isAfter(nextSale)) {
                        shop(t, random, ++s);
                        nextSale = Instant.now().plusSeconds(5 + random.nextInt(60));
                    }
                    t.heartbeatIfDue();
                    pause(Duration.ofMillis(500));
                }
                return true;
            }
        });
    }

    /**
     * One sale in this many names an order (the JVM's {@code sim.orderEvery}, 4 by default). The
     * demo asks for fewer: nobody sends the demo merchants those orders, so each would become an
     * "order does not exist" case once the help desk's grace period has passed.
     */
    private static final int ORDER_EVERY = Math.max(1, Integer.getInteger("sim.orderEvery", 4));

    /** One customer at the counter: a sale, now and then a void or a refund, some with an order. */
    private static void shop(Terminal t, Random random, int s) {
        String order = random.nextInt(ORDER_EVERY) == 0 ? "SIM" + t.tid() + "-" + t.batch() + "-" + s : null;
        t.sale(amount(random), order);
        int roll = random.nextInt(100);
        List<JournalEntry> sales = t.journal().stream()
                .filter(e -> e.kind().isDebit() && !t.isCancelled(e.stan())).toList();
        if (sales.isEmpty() || t.isOffline()) {
            return;
        }
        if (roll < 8) {
            t.voidSale(sales.get(sales.size() - 1).stan());
        } else if (roll < 14) {
            JournalEntry original = sales.get(random.nextInt(sales.size()));
            t.refund(original.stan(), Math.max(1, original.amountMinor() / 2));
        }
    }

    private static long amount(Random random) {
        return 100 + random.nextInt(200_000);
    }

    /** The scenario's work per terminal, in parallel; the exit code counts terminals that did not finish. */
    private static int eachTerminal(FleetSetup fleet, TerminalWork work) {
        ExecutorService pool = Executors.newFixedThreadPool(fleet.configs.size());
        AtomicInteger unfinished = new AtomicInteger();
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < fleet.configs.size(); i++) {
                int index = i;
                results.add(pool.submit(() -> work.run(index)));
            }
            for (int i = 0; i < results.size(); i++) {
                try {
                    if (!results.get(i).get()) {
                        unfinished.incrementAndGet();
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    unfinished.incrementAndGet();
                    String tid = fleet.configs.get(i).tid();
                    LOG.severe(() -> tid + " failed: " + e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
            fleet.truth.close();
        }
        int count = unfinished.get();
        fleet.report.printf("%d of %d terminals finished%n", fleet.configs.size() - count, fleet.configs.size());
        return count;
    }

    @FunctionalInterface
    private interface TerminalWork {
        boolean run(int index) throws Exception;
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
