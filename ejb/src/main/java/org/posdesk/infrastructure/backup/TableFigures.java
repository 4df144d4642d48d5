package org.posdesk.infrastructure.backup;

/**
 * A table's row count and checksum. The checksum is the sum (mod 2^64) of a 64-bit hash of every
 * row's values as mariadb-dump writes them, so it does not depend on the order rows arrive in.
 */
public record TableFigures(long rows, long checksum) {

    public static final TableFigures EMPTY = new TableFigures(0, 0);

    TableFigures plus(long rowHash) {
        return new TableFigures(rows + 1, checksum + rowHash);
    }

    public String checksumHex() {
        return String.format("%016x", checksum);
    }
}
