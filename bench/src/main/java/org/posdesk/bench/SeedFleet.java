package org.posdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import org.posdesk.connector.demo.DemoKeys;
import org.posdesk.infrastructure.crypto.KeyVault;

/**
 * Registers a benchmark fleet: one merchant and store, and terminals {@code PREFIX0000001..} with
 * the demo key derivation, encrypted under posdesk's master key, so the simulator can sign for
 * them. Idempotent.
 *
 * <p>Usage: {@code SeedFleet URL USER PASSWORD MASTER_KEY_FILE MID TID_PREFIX COUNT}
 */
public final class SeedFleet {

    private SeedFleet() {
    }

    public static void main(String[] args) throws Exception {
        String mid = args[4];
        String prefix = args[5];
        int count = Integer.parseInt(args[6]);
        KeyVault vault = KeyVault.withKey(Base64.getDecoder().decode(Files.readString(Path.of(args[3])).trim()));
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            long merchant = ensure(c, "select id from merchant where mid = '" + mid + "'", "merchant_seq",
                    "insert into merchant (id, mid, name, created_at) values (?, '" + mid + "', 'Benchmark merchant', now(3))");
            long store = ensure(c, "select id from store where merchant_id = " + merchant + " and code = 'BENCH'",
                    "store_seq", "insert into store (id, merchant_id, code, name) values (?, " + merchant
                            + ", 'BENCH', 'Benchmark store')");
            try (PreparedStatement insert = c.prepareStatement("insert ignore into terminal (id, tid, merchant_id,"
                    + " store_id, serial_number, model, tmk_encrypted, mak_encrypted, created_at)"
                    + " values (nextval(terminal_seq), ?, ?, ?, ?, 'bench', ?, ?, ?)")) {
                for (int i = 1; i <= count; i++) {
                    String tid = prefix + "%0" + (8 - prefix.length()) + "d";
                    tid = tid.formatted(i);
                    insert.setString(1, tid);
                    insert.setLong(2, merchant);
                    insert.setLong(3, store);
                    insert.setString(4, "SN-" + tid);
                    insert.setBytes(5, vault.encrypt(DemoKeys.tmk(tid)));
                    insert.setBytes(6, vault.encrypt(DemoKeys.mak(tid)));
                    insert.setTimestamp(7, Timestamp.from(Instant.now()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
        System.out.println("seeded " + count + " terminals " + prefix + "… for MID " + mid);
    }

    private static long ensure(Connection c, String find, String sequence, String insert) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(find)) {
            if (r.next()) {
                return r.getLong(1);
            }
        }
        long id;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select nextval(" + sequence + ")")) {
            r.next();
            id = r.getLong(1);
        }
        try (PreparedStatement s = c.prepareStatement(insert)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
        return id;
    }
}
