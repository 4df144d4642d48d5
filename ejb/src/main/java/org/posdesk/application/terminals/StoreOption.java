package org.posdesk.application.terminals;

public record StoreOption(long id, String name) {
}
