package org.posdesk.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.order.ImportLine;
import org.posdesk.application.order.ImportMessages;
import org.posdesk.application.order.ImportProblem;
import org.posdesk.application.order.ImportReport;
import org.posdesk.application.order.OrderDetail;
import org.posdesk.application.order.OrderImport;
import org.posdesk.application.order.OrderRow;
import org.posdesk.application.order.OrderService;
import org.posdesk.application.order.PaymentView;

/**
 * Orders for the merchant's cashier or ERP: send orders (JSON, validated row by row, imported all
 * or nothing) and read one back with its payments. Authenticated by HTTP Basic as a merchant user
 * (see {@code ApiAwareAuthentication}); everything is scoped to that user's merchant by the
 * services. Documented in {@code openapi.yaml}, which {@code OpenApiDocumentTest} holds to these
 * paths and parameters.
 */
@Path("orders")
@RequestScoped
public class OrderResource {

    /** 422: the body was read but its content is refused; the report says where. */
    static final int UNPROCESSABLE = 422;

    @EJB
    private OrderImport imports;
    @EJB
    private OrderService orders;
    @Context
    private HttpHeaders headers;
    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importOrders(@QueryParam("reference") String reference, InputStream body) {
        String source = reference == null || reference.isBlank() ? "api" : reference.strip();
        try (JsonParser parser = Json.createParser(body)) {
            ImportReport report = imports.importRows(source, new LazyLines(parser), request.getRemoteAddr());
            return Response.status(report.committed() ? Response.Status.OK.getStatusCode() : UNPROCESSABLE)
                    .entity(report(report, locale())).build();
        } catch (AccessDeniedException e) {
            return error(Response.Status.FORBIDDEN, "only a merchant's own users import its orders");
        }
    }

    @GET
    @Path("{orderNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response order(@PathParam("orderNumber") String orderNumber) {
        try {
            return Response.ok(order(orders.orderByNumber(orderNumber))).build();
        } catch (AccessDeniedException e) {
            // The same answer whether the order is another merchant's or nobody's.
            return error(Response.Status.NOT_FOUND, "no such order");
        }
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> "en".equals(l.getLanguage()) || "zh".equals(l.getLanguage()))
                .findFirst()
                .map(l -> "en".equals(l.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE)
                .orElse(Locale.SIMPLIFIED_CHINESE);
    }

    static JsonObject report(ImportReport report, Locale locale) {
        JsonArrayBuilder problems = Json.createArrayBuilder();
        for (ImportProblem p : report.problems()) {
            JsonObjectBuilder problem = Json.createObjectBuilder().add("row", p.row()).add("code", p.code().name());
            if (p.column() != null) {
                problem.add("field", p.column());
            }
            if (p.value() != null) {
                problem.add("value", p.value());
            }
            problems.add(problem.add("message", ImportMessages.text(p, locale)));
        }
        return Json.createObjectBuilder()
                .add("source", report.source())
                .add("committed", report.committed())
                .add("rows", report.rows())
                .add("created", report.created())
                .add("unchanged", report.unchanged())
                .add("confirmed", report.confirmed())
                .add("problemCount", report.problemCount())
                .add("problems", problems)
                .build();
    }

    private static JsonObject order(OrderDetail detail) {
        OrderRow o = detail.order();
        JsonArrayBuilder payments = Json.createArrayBuilder();
        for (PaymentView p : detail.payments()) {
            JsonObjectBuilder payment = Json.createObjectBuilder()
                    .add("tid", p.tid()).add("batch", p.batchNumber()).add("stan", p.stan())
                    .add("type", p.type()).add("status", p.status())
                    .add("amount", p.amount()).add("currency", p.currency())
                    .add("card", p.maskedCard()).add("terminalTime", p.terminalTime().toString());
            if (p.rrn() != null) {
                payment.add("rrn", p.rrn());
            }
            payments.add(payment);
        }
        JsonObjectBuilder order = Json.createObjectBuilder()
                .add("orderNumber", o.orderNumber())
                .add("amount", o.amount())
                .add("currency", o.currency())
                .add("status", o.status())
                .add("source", o.source())
                .add("createdAt", o.createdAt().toString())
                .add("highlight", o.highlight().name());
        if (o.storeCode() != null) {
            order.add("store", o.storeCode());
        }
        return order.add("payments", payments).build();
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", message).build()).build();
    }

    /**
     * Defers reading the array's opening bracket to the import itself, so that a body which is
     * not JSON is reported like any other import problem instead of escaping as a 500.
     */
    private static final class LazyLines implements Iterator<ImportLine> {

        private final JsonParser parser;
        private JsonOrderLines lines;

        LazyLines(JsonParser parser) {
            this.parser = parser;
        }

        private JsonOrderLines lines() {
            if (lines == null) {
                lines = new JsonOrderLines(parser);
            }
            return lines;
        }

        @Override
        public boolean hasNext() {
            return lines().hasNext();
        }

        @Override
        public ImportLine next() {
            return lines().next();
        }
    }
}
