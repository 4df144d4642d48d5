package org.posdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.posdesk.connector.demo.DemoKeys;
import org.posdesk.domain.user.Base32;
import org.posdesk.domain.user.PasswordHasher;
import org.posdesk.infrastructure.crypto.KeyVault;

/**
 * A merchant with stores, terminals, today's transactions and one user, written straight into
 * the database so that a test states exactly the data it relies on. Idempotent: each test class
 * uses its own merchant code, and calling {@link #ensure} again finds what is there, so tests do
 * not depend on their order or on a fresh database.
 */
public final class TestTenant {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public final long merchantId;
    public final String merchantName;
    public final List<String> tids;

    private TestTenant(long merchantId, String merchantName, List<String> tids) {
        this.merchantId = merchantId;
        this.merchantName = merchantName;
        this.tids = List.copyOf(tids);
    }

    /**
     * @param code two letters or digits naming the tenant; its MID and TIDs derive from it
     */
    public static TestTenant ensure(Connection c, String code, String name, int stores, int terminalsPerStore,
                                    int transactionsToday, String username, String password) throws SQLException {
        String mid = "IT" + code + "00000000000";
        long merchantId = findId(c, "select id from merchant where mid = ?", mid);
        if (merchantId == 0) {
            merchantId = next(c, "merchant_seq");
            update(c, "insert into merchant (id, mid, name, created_at) values (?, ?, ?, ?)",
                    merchantId, mid, name, now());
        }
        List<String> tids = new ArrayList<>();
        for (int s = 1; s <= stores; s++) {
            long storeId = ensureStore(c, merchantId, "S" + s);
            for (int t = 1; t <= terminalsPerStore; t++) {
                String tid = code + "%06d".formatted(s * 100 + t);
                ensureTerminal(c, tid, merchantId, storeId);
                tids.add(tid);
            }
        }
        for (int n = 1; n <= transactionsToday; n++) {
            ensureTransactionToday(c, tids.get(0), n);
        }
        ensureUser(c, username, password, "MERCHANT", merchantId);
        return new TestTenant(merchantId, name, tids);
    }

    /** Confines a merchant user to one store of their merchant (by its code, S1, S2, ...). */
    public static void restrictToStore(Connection c, String username, long merchantId, String storeCode)
            throws SQLException {
        long user = findId(c, "select id from app_user where username = ?", username);
        long store = findId(c, "select id from store where merchant_id = ? and code = ?", merchantId, storeCode);
        if (findId(c, "select user_id from app_user_store where user_id = ? and store_id = ?", user, store) == 0) {
            update(c, "insert into app_user_store (user_id, store_id) values (?, ?)", user, store);
        }
    }

    /** An agent or administrator, who belongs to no merchant. */
    public static void ensureStaff(Connection c, String username, String password, String role) throws SQLException {
        ensureUser(c, username, password, role, null);
    }

    /**
     * Gives a user an authenticator with a known base32 secret and the given recovery codes, as if
     * they had enrolled, so a test can compute their codes; replaces whatever they had.
     */
    public static void enrolSecondFactor(Connection c, String username, String base32Secret,
                                         List<String> recoveryCodes) throws SQLException {
        removeSecondFactor(c, username);
        long user = findId(c, "select id from app_user where username = ?", username);
        update(c, "insert into user_second_factor (user_id, secret_encrypted, last_used_step, enrolled_at)"
                + " values (?, ?, 0, ?)", user, vault().encrypt(Base32.decode(base32Secret)), now());
        PasswordHasher hasher = new PasswordHasher();
        for (int i = 0; i < recoveryCodes.size(); i++) {
            String normalised = recoveryCodes.get(i).replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
            update(c, "insert into user_recovery_code (user_id, code_index, code_hash) values (?, ?, ?)",
                    user, i, hasher.hash(normalised.toCharArray()));
        }
    }

    /** Takes a user's authenticator away, so that they enrol (staff) or sign in with the password alone. */
    public static void removeSecondFactor(Connection c, String username) throws SQLException {
        long user = findId(c, "select id from app_user where username = ?", username);
        update(c, "delete from user_recovery_code where user_id = ?", user);
        update(c, "delete from user_second_factor where user_id = ?", user);
    }

    private static long ensureStore(Connection c, long merchantId, String code) throws SQLException {
        long id = findId(c, "select id from store where merchant_id = ? and code = ?", merchantId, code);
        if (id == 0) {
            id = next(c, "store_seq");
            update(c, "insert into store (id, merchant_id, code, name) values (?, ?, ?, ?)",
                    id, merchantId, code, "Store " + code);
        }
        return id;
    }

    private static void ensureTerminal(Connection c, String tid, long merchantId, long storeId) throws SQLException {
        // The demo derivation, so the simulator can sign for these terminals; stored the way
        // posdesk stores keys: encrypted under the master key the server was given. Rewritten on
        // every call, since the master key of a test run may be new.
        KeyVault vault = vault();
        byte[] tmk = vault.encrypt(DemoKeys.tmk(tid));
        byte[] mak = vault.encrypt(DemoKeys.mak(tid));
        if (findId(c, "select id from terminal where tid = ?", tid) == 0) {
            update(c, "insert into terminal (id, tid, merchant_id, store_id, serial_number, model, tmk_encrypted,"
                            + " mak_encrypted, created_at) values (?, ?, ?, ?, ?, 'IT model', ?, ?, ?)",
                    next(c, "terminal_seq"), tid, merchantId, storeId, "SN-" + tid, tmk, mak, now());
        } else {
            update(c, "update terminal set tmk_encrypted = ?, mak_encrypted = ?, mak_pending_encrypted = null"
                    + " where tid = ?", tmk, mak, tid);
        }
    }

    private static void ensureTransactionToday(Connection c, String tid, int n) throws SQLException {
        String stan = "%06d".formatted(n);
        LocalDateTime today = LocalDateTime.now(SHANGHAI).withHour(0).withMinute(0).plusSeconds(n);
        if (findId(c, "select id from card_transaction where tid = ? and batch_number = 1 and stan = ?", tid, stan) != 0) {
            update(c, "update card_transaction set terminal_time = ? where tid = ? and batch_number = 1 and stan = ?",
                    Timestamp.valueOf(today), tid, stan);
            return;
        }
        long terminalId = findId(c, "select id from terminal where tid = ?", tid);
        update(c, "insert into card_transaction (id, merchant_id, store_id, terminal_id, tid, batch_number, stan,"
                        + " rrn, auth_code, type, status, processing_code, amount_minor, currency, card_bin, card_last4,"
                        + " entry_mode, terminal_time, received_at, response_code, origin)"
                        + " select ?, merchant_id, store_id, id, tid, 1, ?, ?, '123456', 'SALE', 'APPROVED', '000000',"
                        + " ?, '156', '622202', '0123', '071', ?, ?, '00', 'ONLINE' from terminal where id = ?",
                next(c, "card_transaction_seq"), stan, "%012d".formatted(n), 100L * n, Timestamp.valueOf(today),
                now(), terminalId);
    }

    private static void ensureUser(Connection c, String username, String password, String role, Long merchantId)
            throws SQLException {
        String hash = new PasswordHasher().hash(password.toCharArray());
        long id = findId(c, "select id from app_user where username = ?", username);
        if (id == 0) {
            update(c, "insert into app_user (id, username, display_name, password_hash, role, merchant_id, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", next(c, "app_user_seq"), username, "IT " + username, hash,
                    role, merchantId, now());
        } else {
            // Reset whatever an earlier test did to the account (failed attempts, lockout, a reset).
            update(c, "update app_user set password_hash = ?, enabled = true, failed_attempts = 0, locked_until = null,"
                    + " must_change_password = false where id = ?", hash, id);
        }
        forgetFailedSignIns(c, username);
    }

    /**
     * Clears the failed sign-in counts of the account and of the loopback address every client
     * test signs in from, so one test's wrong passwords never lock another test out. Tests of the
     * counting itself sign in from addresses of their own (127.x.y.z).
     */
    public static void forgetFailedSignIns(Connection c, String username) throws SQLException {
        update(c, "delete from sign_in_throttle where subject in (?, 'address:127.0.0.1', 'address:0:0:0:0:0:0:0:1')",
                "account:" + username.toLowerCase(java.util.Locale.ROOT));
    }

    private static KeyVault vault() {
        String file = System.getProperty("posdesk.master.key.file", System.getenv("POSDESK_MASTER_KEY_FILE"));
        try {
            return KeyVault.withKey(Base64.getDecoder().decode(Files.readString(Path.of(file)).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key " + file, e);
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static long next(Connection c, String sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select nextval(" + sequence + ")");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long findId(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args)) {
            s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
