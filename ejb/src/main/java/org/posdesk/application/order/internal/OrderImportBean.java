package org.posdesk.application.order.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.internal.Viewer;
import org.posdesk.application.order.ImportFormatException;
import org.posdesk.application.order.ImportLine;
import org.posdesk.application.order.ImportProblem;
import org.posdesk.application.order.ImportReport;
import org.posdesk.application.order.OrderImport;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.merchant.Store;
import org.posdesk.domain.merchant.StoreRepository;
import org.posdesk.domain.order.OrderRepository;
import org.posdesk.domain.order.OrderSource;

/**
 * One import is one container transaction: committed with its audit entry when every row is
 * good, rolled back otherwise (the refusal is then audited in a transaction of its own, so the
 * trail shows the attempt). The default transaction timeout (300 s) is far above what
 * {@link OrderImport#MAX_ROWS} rows take.
 */
@Stateless
public class OrderImportBean implements OrderImport {

    static final String EVENT = "ORDER_IMPORT";

    @Resource
    private SessionContext context;
    @Inject
    private AccessPolicy access;
    @Inject
    private MerchantRepository merchants;
    @Inject
    private StoreRepository stores;
    @Inject
    private OrderRepository orders;
    @Inject
    private AuditTrail audit;
    @Inject
    private ImportRefusals refusals;

    private final Clock clock = Clock.systemUTC();

    @Override
    public ImportReport importCsv(String fileName, InputStream csv, String origin) {
        Viewer viewer = importer();
        try (CsvOrderReader reader = new CsvOrderReader(csv)) {
            if (!reader.headerProblems().isEmpty()) {
                return refused(viewer, origin, "CSV", rejected(fileName, reader.headerProblems()));
            }
            return run(viewer, origin, OrderSource.CSV, fileName, reader, false);
        } catch (ImportFormatException e) {
            return refused(viewer, origin, "CSV",
                    rejected(fileName, List.of(new ImportProblem(e.row(), null, e.code(), null, e.getMessage()))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file " + fileName, e);
        }
    }

    @Override
    public ImportReport importRows(String reference, Iterator<ImportLine> rows, String origin) {
        return run(importer(), origin, OrderSource.ERP, reference, rows, true);
    }

    /** Orders belong to one merchant: staff, who see every merchant, have none to import into. */
    private Viewer importer() {
        Viewer viewer = access.viewer();
        if (viewer.merchantScope().isEmpty()) {
            throw new AccessDeniedException("only a merchant's own users import its orders");
        }
        return viewer;
    }

    private ImportReport run(Viewer viewer, String origin, OrderSource source, String name,
                             Iterator<ImportLine> lines, boolean json) {
        long merchantId = viewer.merchantId();
        ZoneId zone = merchants.findById(merchantId).map(Merchant::getTimeZone).orElse(ZoneId.of("Asia/Shanghai"));
        List<Store> own = stores.listByMerchant(merchantId);
        Instant now = clock.instant();
        RowValidator validator = new RowValidator(new RowValidator.Context(
                own.stream().collect(Collectors.toMap(Store::getCode, Store::getId)),
                viewer.storeIds(), zone, now, json));
        Map<Long, String> codes = own.stream().collect(Collectors.toMap(Store::getId, Store::getCode));
        ImportReport report = new ImportRun(orders, merchantId, source, validator, codes, now).run(name, lines);
        if (!report.committed()) {
            return refused(viewer, origin, source.name(), report);
        }
        audit.record(viewer.username(), EVENT, AuditTrail.SUCCESS, origin, "merchant", Long.toString(merchantId),
                detail(source.name(), report));
        return report;
    }

    private ImportReport refused(Viewer viewer, String origin, String source, ImportReport report) {
        context.setRollbackOnly();
        refusals.record(viewer.username(), origin, viewer.merchantId(), detail(source, report));
        return report;
    }

    private static ImportReport rejected(String name, List<ImportProblem> problems) {
        return new ImportReport(name, false, 0, 0, 0, 0, problems.size(), problems);
    }

    static String detail(String source, ImportReport report) {
        String text = "%s %s: rows=%d created=%d unchanged=%d confirmed=%d problems=%d".formatted(source,
                report.source(), report.rows(), report.created(), report.unchanged(), report.confirmed(),
                report.problemCount());
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
