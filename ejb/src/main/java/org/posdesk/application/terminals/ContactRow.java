package org.posdesk.application.terminals;

import java.time.Instant;

/** @param kind SIGN_ON, HEARTBEAT, CONNECT, DISCONNECT or SIGN_OFF */
public record ContactRow(String kind, Instant at, String node) {
}
