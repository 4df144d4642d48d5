package org.posdesk.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import org.posdesk.application.HealthService;
import org.posdesk.application.HealthView;

/**
 * Answers load balancers and monitoring without a sign-in. The status code carries the verdict
 * (503 takes a node out of rotation); the body says which part failed.
 */
@Path("health")
@RequestScoped
public class HealthResource {

    private static final String UP = "UP";
    private static final String DOWN = "DOWN";

    @EJB
    private HealthService healthService;

    /** Readiness, under its historical name: what {@code bin/posdesk} waits for at start. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        return ready();
    }

    /**
     * Readiness: 200 when this node can take terminals and people (database, terminal listener,
     * scheduler checked in — or configured off here), 503 naming the part that is not.
     */
    @GET
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        HealthView health = healthService.check();
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("status", health.isUp() ? UP : DOWN)
                .add("database", health.database().name())
                .add("terminalListener", health.terminalListener().name())
                .add("scheduler", health.scheduler().name());
        if (!health.isUp()) {
            body.add("detail", Objects.requireNonNullElse(health.detail(), ""));
        }
        return Response.status(health.isUp() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .cacheControl(noStore())
                .entity(body.build())
                .build();
    }

    /**
     * Liveness: the application answers requests at all. Nothing outside the process is asked, so
     * a database outage takes the node out of rotation (readiness) without getting it restarted.
     */
    @GET
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    public Response live() {
        return Response.ok(Json.createObjectBuilder().add("status", UP).build()).cacheControl(noStore()).build();
    }

    // A cached "UP" would hide an outage from the very probe meant to notice it.
    private static CacheControl noStore() {
        CacheControl cacheControl = new CacheControl();
        cacheControl.setNoStore(true);
        cacheControl.setNoCache(true);
        return cacheControl;
    }
}
