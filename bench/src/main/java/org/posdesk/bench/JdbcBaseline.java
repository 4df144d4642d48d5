package org.posdesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling posdesk is measured against: single-row insert-and-commit from N clients, each on
 * its own connection, on the same MariaDB and at the same concurrency as the terminal load. A row
 * about the size of a journal entry, into a table with a unique key like the journal's.
 *
 * <p>Usage: {@code JdbcBaseline URL USER PASSWORD CLIENTS SECONDS}; prints {@code jdbc_rows_per_s=N}.
 */
public final class JdbcBaseline {

    private JdbcBaseline() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int clients = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        prepare(url, user, password);
        AtomicLong rows = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int id = client;
            Thread thread = new Thread(() -> insertLoop(url, user, password, id, rows, ready, go, window));
            thread.start();
            threads.add(thread);
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + seconds * 1_000_000_000L;
        long before = rows.get();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        System.out.printf("jdbc_clients=%d jdbc_seconds=%.1f jdbc_rows=%d jdbc_rows_per_s=%.0f%n",
                clients, elapsed, rows.get() - before, (rows.get() - before) / elapsed);
    }

    private static void prepare(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_baseline");
            s.execute("create table bench_baseline (id bigint not null auto_increment primary key,"
                    + " tid char(8) not null, batch_number int not null, stan char(6) not null,"
                    + " amount_minor bigint not null, card_bin varchar(8), card_last4 char(4), rrn char(12),"
                    + " received_at datetime(3) not null, unique key uq_natural (tid, batch_number, stan))"
                    + " engine=InnoDB");
        }
    }

    private static void insertLoop(String url, String user, String password, int client, AtomicLong rows,
                                   CountDownLatch ready, CountDownLatch go, long[] window) {
        String tid = "%08d".formatted(90_000_000 + client);
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = c.prepareStatement("insert into bench_baseline (tid, batch_number, stan,"
                     + " amount_minor, card_bin, card_last4, rrn, received_at) values (?, ?, ?, ?, '622202', '0123',"
                     + " '000000000001', now(3))")) {
            c.setAutoCommit(true);
            ready.countDown();
            go.await();
            int n = 0;
            while (System.nanoTime() < window[1]) {
                n++;
                insert.setString(1, tid);
                insert.setInt(2, 1 + n / 999_999);
                insert.setString(3, "%06d".formatted(n % 999_999 + 1));
                insert.setLong(4, 100L + n);
                insert.executeUpdate();
                rows.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("client " + client + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
