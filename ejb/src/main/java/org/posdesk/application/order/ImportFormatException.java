package org.posdesk.application.order;

/** The file or request body itself cannot be read (broken quoting, not JSON, not UTF-8). */
public class ImportFormatException extends RuntimeException {

    private final long row;
    private final ImportProblem.Code code;

    public ImportFormatException(long row, ImportProblem.Code code, String message) {
        super(message);
        this.row = row;
        this.code = code;
    }

    public long row() {
        return row;
    }

    public ImportProblem.Code code() {
        return code;
    }
}
