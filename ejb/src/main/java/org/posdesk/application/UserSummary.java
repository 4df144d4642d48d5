package org.posdesk.application;

import java.time.Instant;

/**
 * A user as the administrators' list shows them; {@code merchantName} is null for staff,
 * {@code lockedUntil} null unless sign-in is locked now.
 */
public record UserSummary(String username, String displayName, String role, String merchantName,
                          boolean enabled, boolean mustChangePassword, Instant lockedUntil) {
}
