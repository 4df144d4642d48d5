package org.posdesk.application.statement;

/** One bad line of an import: where it is and what is wrong, never what it says. */
public record ImportProblemRow(int lineNumber, String field, String reason) {
}
