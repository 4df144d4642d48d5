package org.posdesk.application;

/** The signed-in user; {@code merchantName} is null for agents and administrators. */
public record UserView(String username, String role, String merchantName) {
}
