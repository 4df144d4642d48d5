package org.posdesk.interfaces.web.orders;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.posdesk.application.audit.ExportTrail;
import org.posdesk.application.order.Highlight;
import org.posdesk.application.order.OrderPage;
import org.posdesk.application.order.OrderRow;
import org.posdesk.application.order.OrderSearch;
import org.posdesk.application.order.OrderService;
import org.posdesk.interfaces.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The orders table as CSV: exactly what the table's last search selects, every page of it,
 * fetched page by page as the response is written, so the heap holds one page whatever the
 * export's length. A BOM lets Excel read the Chinese headers and store names as UTF-8.
 */
@Named
@RequestScoped
public class OrderExport {

    private static final int CHUNK = OrderService.MAX_PAGE_SIZE;
    /** One export is one HTTP response; beyond this the user narrows the filters. */
    static final int MAX_ROWS = 1_000_000;

    @EJB
    private OrderService orderService;
    @EJB
    private ExportTrail exportTrail;
    @Inject
    private OrderList list;
    @Inject
    private Messages messages;

    public StreamedContent getFile() {
        OrderSearch search = list.searched();
        String[] header = {messages.get("orders.col.number"), messages.get("orders.col.store"),
                messages.get("orders.col.amount"), messages.get("orders.col.currency"),
                messages.get("orders.col.status"), messages.get("orders.col.source"),
                messages.get("orders.col.created"), messages.get("orders.col.highlight")};
        // Words as the table shows them, looked up once rather than per row.
        Map<String, String> labels = new HashMap<>();
        for (String status : list.getStatuses()) {
            labels.put(status, messages.get("order.status." + status));
        }
        for (String source : new String[] {"ERP", "CSV", "PAYMENT"}) {
            labels.put(source, messages.get("order.source." + source));
        }
        for (Highlight highlight : Highlight.values()) {
            labels.put(highlight.name(), highlight == Highlight.NONE ? "" : messages.get("orders.badge." + highlight));
        }
        return DefaultStreamedContent.builder()
                .name("orders.csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> write(out, search, header, labels))
                .build();
    }

    private void write(OutputStream out, OrderSearch search, String[] header, Map<String, String> labels) {
        try {
            exportTrail.exported("orders", search.toString());
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(header).get());
            OrderPage.Cursor after = null;
            long written = 0;
            do {
                OrderPage page = orderService.search(search, after, CHUNK);
                for (OrderRow row : page.rows()) {
                    csv.printRecord(row.orderNumber(), row.storeCode(), row.amount(), row.currency(),
                            labels.get(row.status()), labels.get(row.source()), PortalTime.format(row.createdAt()),
                            labels.get(row.highlight().name()));
                }
                written += page.rows().size();
                after = page.next();
            } while (after != null && written < MAX_ROWS);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("order export interrupted", e);
        }
    }
}
