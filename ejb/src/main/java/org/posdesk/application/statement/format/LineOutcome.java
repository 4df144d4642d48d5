package org.posdesk.application.statement.format;

import org.posdesk.domain.statement.LineData;

/** What one physical line of a statement turned out to be. */
public sealed interface LineOutcome {

    int lineNumber();

    /** A transaction line, parsed and masked. */
    record Parsed(LineData data) implements LineOutcome {
        @Override
        public int lineNumber() {
            return data.lineNumber();
        }
    }

    /**
     * A line that cannot be read. The reason names the field and what is wrong with it, never
     * the content: the line may hold a full card number.
     */
    record Bad(int lineNumber, String field, String reason) implements LineOutcome {
        public String message() {
            return "line " + lineNumber + (field == null ? "" : ", field " + field) + ": " + reason;
        }
    }
}
