package org.posdesk.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.audit.AuditLog;
import org.posdesk.application.audit.ChainReport;

/**
 * The operator's check of the audit chain ({@code bin/posdesk audit-verify} calls it): 200 when
 * every entry is intact and linked, 409 naming the first altered or missing one. Administrators
 * only; anyone else gets 404 as for anything they may not see. Not part of the merchant API, so
 * not in openapi.yaml.
 */
@Path("audit")
@RequestScoped
public class AuditResource {

    private static final int CONFLICT = 409;

    @EJB
    private AuditLog auditLog;

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    public Response verify() {
        ChainReport report;
        try {
            report = auditLog.verify();
        } catch (AccessDeniedException e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("intact", report.isIntact())
                .add("checked", report.checked())
                .add("head", report.headPosition())
                .add("summary", report.summary());
        if (!report.isIntact()) {
            body.add("problem", report.problem().name()).add("position", report.position())
                    .add("detail", report.detail());
        }
        return Response.status(report.isIntact() ? Response.Status.OK.getStatusCode() : CONFLICT)
                .entity(body.build()).type(MediaType.APPLICATION_JSON).build();
    }
}
