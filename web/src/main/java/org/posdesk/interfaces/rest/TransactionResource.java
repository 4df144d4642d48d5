package org.posdesk.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.List;
import org.posdesk.application.search.ExportColumn;
import org.posdesk.application.search.ExportFormat;
import org.posdesk.application.search.InvalidSearchException;
import org.posdesk.application.search.TransactionExport;
import org.posdesk.application.search.SearchCursor;
import org.posdesk.application.search.SearchPage;
import org.posdesk.application.search.TransactionFilter;
import org.posdesk.application.search.TransactionRow;
import org.posdesk.application.search.TransactionSearch;

/**
 * The journal search for a merchant's ERP or BI tool: the portal's own search, a page at a time,
 * newest first, with the cursor of the next page in the answer ({@code next}, passed back as
 * {@code after}). Cards come masked, as everywhere. Scoped by the services to the caller's
 * merchant (and stores). {@code Server-Timing} says how long the search itself took.
 */
@Path("transactions")
@RequestScoped
public class TransactionResource {

    /** Without a window, the last week (terminal time is China's, as the portal shows it). */
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");
    private static final int DEFAULT_DAYS = 7;

    @EJB
    private TransactionSearch search;
    @EJB
    private TransactionExport exports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SuppressWarnings("checkstyle:ParameterNumber")
    public Response search(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("store") Long store, @QueryParam("tid") String tid,
                           @QueryParam("type") String type, @QueryParam("status") String status,
                           @QueryParam("minAmount") Long minAmount, @QueryParam("maxAmount") Long maxAmount,
                           @QueryParam("last4") String last4, @QueryParam("rrn") String rrn,
                           @QueryParam("stan") String stan, @QueryParam("authCode") String authCode,
                           @QueryParam("order") String order, @QueryParam("origin") String origin,
                           @QueryParam("anomaly") Boolean anomaly, @QueryParam("after") String after,
                           @QueryParam("size") Integer size) {
        TransactionFilter filter;
        SearchCursor cursor;
        try {
            filter = filter(from, to, store, tid, type, status, minAmount, maxAmount, last4, rrn, stan, authCode, order,
                    origin, anomaly);
            cursor = cursor(after);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return error("bad parameter: " + e.getMessage());
        }
        long started = System.nanoTime();
        try {
            SearchPage page = search.search(filter, cursor, size == null ? TransactionSearch.DEFAULT_PAGE_SIZE : size);
            double millis = (System.nanoTime() - started) / 1e6;
            return Response.ok(json(page).build())
                    .header("Server-Timing", "search;dur=%.1f".formatted(millis)).build();
        } catch (InvalidSearchException e) {
            return error(e.getMessage());
        }
    }

    /**
     * Everything the same filters select, as one CSV streamed while it is read from the journal
     * (memory stays flat whatever the size). Columns as in {@link ExportColumn}, cards masked.
     */
    @GET
    @Path("export")
    @Produces("text/csv")
    @SuppressWarnings("checkstyle:ParameterNumber")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("store") Long store, @QueryParam("tid") String tid,
                           @QueryParam("type") String type, @QueryParam("status") String status,
                           @QueryParam("minAmount") Long minAmount, @QueryParam("maxAmount") Long maxAmount,
                           @QueryParam("last4") String last4, @QueryParam("rrn") String rrn,
                           @QueryParam("stan") String stan, @QueryParam("authCode") String authCode,
                           @QueryParam("order") String order, @QueryParam("origin") String origin,
                           @QueryParam("anomaly") Boolean anomaly) {
        TransactionFilter filter;
        try {
            filter = filter(from, to, store, tid, type, status, minAmount, maxAmount, last4, rrn, stan, authCode, order,
                    origin, anomaly);
            // Refused filters must be answered 400 before the stream starts: a one-row search checks them.
            search.search(filter, null, 1);
        } catch (DateTimeParseException | IllegalArgumentException | InvalidSearchException e) {
            return error("bad parameter: " + e.getMessage());
        }
        List<String> header = Arrays.stream(ExportColumn.values()).map(ExportColumn::key).toList();
        StreamingOutput body = out -> exports.export(filter, ExportFormat.CSV, header, out);
        return Response.ok(body, ExportFormat.CSV.contentType())
                .header("Content-Disposition", "attachment; filename=\"transactions.csv\"").build();
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static TransactionFilter filter(String from, String to, Long store, String tid, String type, String status,
                                            Long minAmount, Long maxAmount, String last4, String rrn, String stan,
                                            String authCode, String order, String origin, Boolean anomaly) {
        LocalDateTime end = to == null || to.isBlank() ? LocalDateTime.now(ZONE).plusMinutes(1) : time(to);
        LocalDateTime start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS) : time(from);
        return new TransactionFilter(start, end, store, tid, type, status, minAmount, maxAmount, last4, rrn, stan,
                authCode, order, origin, anomaly);
    }

    private static LocalDateTime time(String value) {
        return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip());
    }

    /** "2026-11-21T10:15:00.123_4711": the terminal time and id of the last row already seen. */
    private static SearchCursor cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int split = value.lastIndexOf('_');
        if (split < 0) {
            throw new IllegalArgumentException("after must be <terminal time>_<id>, as in next");
        }
        return new SearchCursor(LocalDateTime.parse(value.substring(0, split)), Long.parseLong(value.substring(split + 1)));
    }

    static String cursor(SearchCursor cursor) {
        return cursor.terminalTime() + "_" + cursor.id();
    }

    private static JsonObjectBuilder json(SearchPage page) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (TransactionRow row : page.rows()) {
            rows.add(Json.createObjectBuilder()
                    .add("id", row.id())
                    .add("terminalTime", row.terminalTime().toString())
                    .add("store", text(row.storeName()))
                    .add("tid", row.tid())
                    .add("batch", row.batchNumber())
                    .add("type", row.type())
                    .add("status", row.status())
                    .add("amountMinor", row.amountMinor())
                    .add("currency", row.currency())
                    .add("card", text(row.maskedCard()))
                    .add("stan", row.stan())
                    .add("rrn", text(row.rrn()))
                    .add("authCode", text(row.authCode()))
                    .add("order", text(row.orderNumber()))
                    .add("origin", row.origin())
                    .add("anomaly", row.anomaly()));
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("rows", rows).add("more", page.more());
        return page.next() == null ? body.addNull("next") : body.add("next", cursor(page.next()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Response error(String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", message).build()).build();
    }
}
