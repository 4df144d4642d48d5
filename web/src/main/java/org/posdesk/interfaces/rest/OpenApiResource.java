package org.posdesk.interfaces.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * The API's OpenAPI document, public like any API reference. Written by hand: the server
 * configuration (standalone.xml) has no MicroProfile OpenAPI subsystem, and one document kept
 * beside the resources and checked by {@code OpenApiDocumentTest} stays honest without it.
 */
@Path("openapi.yaml")
public class OpenApiResource {

    static final String DOCUMENT = "/org/posdesk/interfaces/rest/openapi.yaml";

    @GET
    @Produces("application/yaml;charset=UTF-8")
    public Response document() {
        InputStream yaml = OpenApiResource.class.getResourceAsStream(DOCUMENT);
        if (yaml == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(yaml).build();
    }
}
