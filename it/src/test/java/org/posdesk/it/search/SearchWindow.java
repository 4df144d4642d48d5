package org.posdesk.it.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * A stretch of terminal time and a batch number no other test run has used: the IT database
 * survives between runs, so each test puts its rows in a window of its own and searches only
 * there, which makes exact assertions possible without a fresh database. Drawn from a sequence,
 * so two runs never get the same window.
 */
record SearchWindow(LocalDateTime from, LocalDateTime to, int batch) {

    private static final LocalDateTime EPOCH = LocalDateTime.of(2001, 1, 1, 0, 0);

    static SearchWindow fresh(Connection c) throws SQLException {
        long n;
        try (PreparedStatement s = c.prepareStatement("select nextval(merchant_order_seq)");
             ResultSet r = s.executeQuery()) {
            r.next();
            n = r.getLong(1) / 50;
        }
        LocalDateTime from = EPOCH.plusDays(2 * n);
        return new SearchWindow(from, from.plusDays(1), (int) (n % 999_000) + 1);
    }

    LocalDateTime at(int minute) {
        return from.plusMinutes(minute);
    }
}
