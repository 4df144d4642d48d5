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

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        HealthView health = healthService.check();
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (health.isUp()) {
            body.add("status", UP).add("database", UP);
        } else {
            body.add("status", DOWN)
                    .add("database", health.databaseUp() ? UP : DOWN)
                    .add("detail", Objects.requireNonNullElse(health.detail(), ""));
        }
        return Response.status(health.isUp() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .cacheControl(noStore())
                .entity(body.build())
                .build();
    }

    // A cached "UP" would hide an outage from the very probe meant to notice it.
    private static CacheControl noStore() {
        CacheControl cacheControl = new CacheControl();
        cacheControl.setNoStore(true);
        cacheControl.setNoCache(true);
        return cacheControl;
    }
}
