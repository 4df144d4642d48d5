package org.posdesk.it.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One journal row written straight into card_transaction, with sensible defaults (an approved
 * online CNY sale), so a test states only what it searches for. The terminal's merchant and store
 * are taken from the terminal row.
 */
public final class JournalEntry {

    public String tid;
    public int batch;
    public String stan;
    public LocalDateTime time;
    public long amount = 100;
    public String currency = "CNY";
    public String bin = "622202";
    public String last4 = "0000";
    public String type = "SALE";
    public String status = "APPROVED";
    public String origin = "ONLINE";
    public String rrn;
    public String authCode;
    public String orderNumber;
    public Long originalId;
    public boolean anomaly;
    public boolean confirmedByUpload;
    public String responseCode = "00";
    public Instant receivedAt = Instant.now();
    public long id;

    public JournalEntry(String tid, int batch, int stan, LocalDateTime time) {
        this.tid = tid;
        this.batch = batch;
        this.stan = "%06d".formatted(stan);
        this.time = time;
    }

    public JournalEntry amount(long minor) {
        amount = minor;
        return this;
    }

    public JournalEntry card(String cardBin, String lastFour) {
        bin = cardBin;
        last4 = lastFour;
        return this;
    }

    public JournalEntry kind(String newType, String newStatus, String newOrigin) {
        type = newType;
        status = newStatus;
        origin = newOrigin;
        return this;
    }

    public JournalEntry references(String newRrn, String newAuthCode, String newOrderNumber) {
        rrn = newRrn;
        authCode = newAuthCode;
        orderNumber = newOrderNumber;
        return this;
    }

    public JournalEntry original(long id) {
        originalId = id;
        return this;
    }

    public JournalEntry anomaly() {
        anomaly = true;
        return this;
    }

    public JournalEntry declined(String code) {
        responseCode = code;
        status = "DECLINED";
        return this;
    }

    public JournalEntry receivedAt(Instant at) {
        receivedAt = at;
        return this;
    }

    /** Inserts the row and returns it with its id set. */
    public JournalEntry insert(Connection c) throws SQLException {
        id = nextId(c);
        try (PreparedStatement s = c.prepareStatement("insert into card_transaction (id, merchant_id, store_id,"
                + " terminal_id, tid, batch_number, stan, rrn, auth_code, type, status, processing_code, amount_minor,"
                + " currency, card_bin, card_last4, card_brand, entry_mode, terminal_time, received_at, response_code,"
                + " origin, confirmed_by_upload, order_number, original_id, anomaly)"
                + " select ?, merchant_id, store_id, id, tid, ?, ?, ?, ?, ?, ?, '000000', ?, ?, ?, ?, 'CUP', '071', ?, ?,"
                + " ?, ?, ?, ?, ?, ? from terminal where tid = ?")) {
            int i = 1;
            s.setLong(i++, id);
            s.setInt(i++, batch);
            s.setString(i++, stan);
            s.setString(i++, rrn);
            s.setString(i++, authCode);
            s.setString(i++, type);
            s.setString(i++, status);
            s.setLong(i++, amount);
            s.setString(i++, currency);
            s.setString(i++, bin);
            s.setString(i++, last4);
            s.setTimestamp(i++, Timestamp.valueOf(time));
            s.setTimestamp(i++, Timestamp.from(receivedAt));
            s.setString(i++, responseCode);
            s.setString(i++, origin);
            s.setBoolean(i++, confirmedByUpload);
            s.setString(i++, orderNumber);
            s.setObject(i++, originalId);
            s.setBoolean(i++, anomaly);
            s.setString(i, tid);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no terminal " + tid);
            }
        }
        return this;
    }

    private static long nextId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select nextval(card_transaction_seq)");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
