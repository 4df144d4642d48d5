package org.posdesk.sim;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.posdesk.connector.demo.DemoKeys;

/**
 * How one terminal is set up and how patient it is. {@code maxFailures} 0 means it retries for
 * ever; {@code adviceAttempts} 0 means an unanswered advice is resent for ever and never reversed.
 */
record TerminalConfig(String tid, String mid, byte[] mak, String host, int port, Path stateRoot,
                      Duration responseTimeout, Duration initialBackoff, Duration maxBackoff, int maxFailures,
                      int adviceAttempts, Duration heartbeatInterval, Clock clock, ZoneId zone) {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    TerminalConfig {
        if (tid == null || tid.length() != 8) {
            throw new IllegalArgumentException("a TID is 8 characters: " + tid);
        }
        if (mid == null || mid.length() != 15) {
            throw new IllegalArgumentException("a MID is 15 characters: " + mid);
        }
        mak = mak.clone();
    }

    static TerminalConfig of(String tid, String mid, String host, int port, Path stateRoot) {
        return new TerminalConfig(tid, mid, DemoKeys.mak(tid), host, port, stateRoot, Duration.ofSeconds(10),
                Duration.ofMillis(200), Duration.ofSeconds(5), 0, 0, Duration.ofSeconds(60), Clock.systemUTC(),
                SHANGHAI);
    }

    TerminalConfig withTimeouts(Duration response, Duration firstBackoff, Duration longestBackoff) {
        return new TerminalConfig(tid, mid, mak, host, port, stateRoot, response, firstBackoff, longestBackoff,
                maxFailures, adviceAttempts, heartbeatInterval, clock, zone);
    }

    TerminalConfig withMaxFailures(int failures) {
        return new TerminalConfig(tid, mid, mak, host, port, stateRoot, responseTimeout, initialBackoff, maxBackoff,
                failures, adviceAttempts, heartbeatInterval, clock, zone);
    }

    TerminalConfig withAdviceAttempts(int attempts) {
        return new TerminalConfig(tid, mid, mak, host, port, stateRoot, responseTimeout, initialBackoff, maxBackoff,
                maxFailures, attempts, heartbeatInterval, clock, zone);
    }

    TerminalConfig withHeartbeat(Duration interval) {
        return new TerminalConfig(tid, mid, mak, host, port, stateRoot, responseTimeout, initialBackoff, maxBackoff,
                maxFailures, adviceAttempts, interval, clock, zone);
    }

    /** A terminal whose clock runs behind by whole days: it reports sales of an earlier day. */
    TerminalConfig withClock(Clock newClock) {
        return new TerminalConfig(tid, mid, mak, host, port, stateRoot, responseTimeout, initialBackoff, maxBackoff,
                maxFailures, adviceAttempts, heartbeatInterval, newClock, zone);
    }

    TerminalConfig withEndpoint(String newHost, int newPort) {
        return new TerminalConfig(tid, mid, mak, newHost, newPort, stateRoot, responseTimeout, initialBackoff,
                maxBackoff, maxFailures, adviceAttempts, heartbeatInterval, clock, zone);
    }

    @Override
    public byte[] mak() {
        return mak.clone();
    }

    @Override
    public String toString() {
        return "TerminalConfig[" + tid + " " + mid + " " + host + ":" + port + "]";
    }
}
