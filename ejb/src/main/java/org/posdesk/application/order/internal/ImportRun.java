package org.posdesk.application.order.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.posdesk.application.order.ImportFormatException;
import org.posdesk.application.order.ImportLine;
import org.posdesk.application.order.ImportProblem;
import org.posdesk.application.order.ImportProblem.Code;
import org.posdesk.application.order.ImportReport;
import org.posdesk.application.order.OrderImport;
import org.posdesk.domain.order.MerchantOrder;
import org.posdesk.domain.order.OrderRepository;
import org.posdesk.domain.order.OrderSource;
import org.posdesk.domain.shared.OrderNumber;

/**
 * One import, row by row, in chunks of {@value #CHUNK}: each chunk is checked against the stored
 * orders in one query, its new orders are written (JDBC batches of 50 with pooled sequence ids)
 * and the persistence context is emptied, so the heap holds one chunk whatever the file's
 * length. The only thing kept across chunks is the set of order numbers seen, to catch a number
 * that appears twice in one file. After the first problem nothing more is written, but every
 * row is still checked so the report is complete; the caller then rolls the transaction back,
 * taking the chunks already written with it.
 */
final class ImportRun {

    static final int CHUNK = 500;

    private final OrderRepository orders;
    private final long merchantId;
    private final OrderSource source;
    private final RowValidator validator;
    private final Map<Long, String> storeCodes;
    private final Instant now;

    /** Upper-cased: the database's collation holds "a1" and "A1" to be the same order number. */
    private final Map<String, Long> firstRowOfNumber = new HashMap<>();
    private final List<RowValidator.Candidate> chunk = new ArrayList<>(CHUNK);
    private final List<ImportProblem> problems = new ArrayList<>();
    private long problemCount;
    private long rows;
    private long created;
    private long unchanged;
    private long confirmed;

    ImportRun(OrderRepository orders, long merchantId, OrderSource source, RowValidator validator,
              Map<Long, String> storeCodes, Instant now) {
        this.orders = orders;
        this.merchantId = merchantId;
        this.source = source;
        this.validator = validator;
        this.storeCodes = storeCodes;
        this.now = now;
    }

    ImportReport run(String sourceName, Iterator<ImportLine> lines) {
        try {
            readAll(lines);
        } catch (ImportFormatException e) {
            report(new ImportProblem(e.row(), null, e.code(), null, e.getMessage()));
        }
        resolveChunk();
        if (rows == 0 && problemCount == 0) {
            report(new ImportProblem(0, null, Code.FILE_EMPTY, null, null));
        }
        boolean ok = problemCount == 0;
        return new ImportReport(sourceName, ok, rows, ok ? created : 0, ok ? unchanged : 0, ok ? confirmed : 0,
                problemCount, problems);
    }

    private void readAll(Iterator<ImportLine> lines) {
        while (lines.hasNext()) {
            ImportLine line;
            try {
                line = lines.next();
            } catch (CsvOrderReader.RowRefused refused) {
                rows++;
                report(refused.problem());
                continue;
            }
            rows++;
            if (rows > OrderImport.MAX_ROWS) {
                rows--;
                report(new ImportProblem(0, null, Code.TOO_MANY_ROWS, null, Integer.toString(OrderImport.MAX_ROWS)));
                return;
            }
            accept(line);
        }
    }

    private void accept(ImportLine line) {
        RowValidator.Result result = validator.check(line);
        if (result.candidate() == null) {
            result.problems().forEach(this::report);
            return;
        }
        RowValidator.Candidate candidate = result.candidate();
        Long first = firstRowOfNumber.putIfAbsent(key(candidate.number()), candidate.row());
        if (first != null) {
            report(new ImportProblem(candidate.row(), validator.name(org.posdesk.application.order.ImportField.ORDER_NUMBER),
                    Code.DUPLICATE_IN_FILE, candidate.number().value(), Long.toString(first)));
            return;
        }
        chunk.add(candidate);
        if (chunk.size() == CHUNK) {
            resolveChunk();
        }
    }

    private void resolveChunk() {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, MerchantOrder> stored = new HashMap<>();
        for (MerchantOrder order : orders.findByMerchantAndNumbers(merchantId,
                chunk.stream().map(RowValidator.Candidate::number).toList())) {
            stored.put(key(order.getOrderNumber()), order);
        }
        for (RowValidator.Candidate candidate : chunk) {
            MerchantOrder known = stored.get(key(candidate.number()));
            if (known == null) {
                create(candidate);
            } else if (known.getSource() == OrderSource.PAYMENT) {
                confirm(candidate, known);
            } else if (sameContent(candidate, known)) {
                unchanged++;
            } else {
                report(differs(candidate, Code.EXISTS_DIFFERENT, known));
            }
        }
        chunk.clear();
        orders.flushAndClear();
    }

    private void create(RowValidator.Candidate c) {
        if (problemCount == 0) {
            orders.add(MerchantOrder.received(merchantId, c.storeId(), c.number(), c.amount(), source,
                    c.orderedAt(), now));
        }
        created++;
    }

    /** The merchant sends an order a payment created: it must say what the payment paid. */
    private void confirm(RowValidator.Candidate c, MerchantOrder known) {
        if (!sameContent(c, known)) {
            report(differs(c, Code.PAID_DIFFERENT, known));
        } else if (!known.isUnknownToMerchant()) {
            unchanged++;
        } else {
            if (problemCount == 0) {
                known.sentByMerchant(c.amount(), now);
            }
            confirmed++;
        }
    }

    /** A row that leaves out the store agrees with any store (a payment's order always has one). */
    private static boolean sameContent(RowValidator.Candidate c, MerchantOrder known) {
        boolean sameStore = c.storeId() == null && known.getSource() == OrderSource.PAYMENT
                || Objects.equals(c.storeId(), known.getStoreId().orElse(null));
        return sameStore && c.amount().equals(known.getAmount());
    }

    private ImportProblem differs(RowValidator.Candidate c, Code code, MerchantOrder known) {
        String store = known.getStoreId().map(storeCodes::get).map(s -> ", " + s).orElse("");
        return new ImportProblem(c.row(), null, code, c.number().value(), known.getAmount() + store);
    }

    private void report(ImportProblem problem) {
        problemCount++;
        if (problems.size() < OrderImport.MAX_REPORTED_PROBLEMS) {
            problems.add(problem);
        }
    }

    private static String key(OrderNumber number) {
        return number.value().toUpperCase(Locale.ROOT);
    }
}
