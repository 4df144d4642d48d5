package org.posdesk.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The hand-written OpenAPI document and the resources it describes must not drift apart: every
 * documented operation is a resource method with the same path, HTTP method, operationId and
 * path and query parameters, and every method of a documented resource is in the document.
 */
class OpenApiDocumentTest {

    /** The resources the document covers; health and the document itself are not part of the merchant API. */
    private static final List<Class<?>> DOCUMENTED = List.of(OrderResource.class, TransactionResource.class);
    private static final Map<Class<? extends Annotation>, String> HTTP_METHODS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

    @Test
    void everyOperationMatchesAResourceMethodAndBack() {
        assertThat(documentedOperations()).isEqualTo(implementedOperations());
    }

    @Test
    void theDocumentNamesTheServerAndBasicAuthentication() {
        Map<String, Object> document = document();
        assertThat(document.get("openapi").toString()).startsWith("3.");
        assertThat(document.get("servers").toString()).contains("/posdesk/api");
        assertThat(document.get("components").toString()).contains("scheme=basic");
    }

    /** "post /orders importOrders query:reference header:Accept-Language" and so on, sorted. */
    private static Set<String> implementedOperations() {
        Set<String> operations = new TreeSet<>();
        for (Class<?> resource : DOCUMENTED) {
            String base = "/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = sub == null ? base : base + "/" + sub.value();
                Map<String, String> params = new TreeMap<>();
                for (Parameter p : method.getParameters()) {
                    if (p.isAnnotationPresent(QueryParam.class)) {
                        params.put(p.getAnnotation(QueryParam.class).value(), "query");
                    } else if (p.isAnnotationPresent(PathParam.class)) {
                        params.put(p.getAnnotation(PathParam.class).value(), "path");
                    } else if (p.isAnnotationPresent(HeaderParam.class)) {
                        params.put(p.getAnnotation(HeaderParam.class).value(), "header");
                    }
                }
                operations.add(describe(http, path, method.getName(), params));
            }
        }
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> documentedOperations() {
        Set<String> operations = new TreeSet<>();
        Map<String, Object> paths = (Map<String, Object>) document().get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((http, op) -> {
            Map<String, Object> operation = (Map<String, Object>) op;
            Map<String, String> params = new TreeMap<>();
            for (Map<String, Object> p : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                // Headers the server reads through HttpHeaders (Accept-Language) are documented
                // but are not method parameters.
                if (!"header".equals(p.get("in"))) {
                    params.put((String) p.get("name"), (String) p.get("in"));
                }
            }
            operations.add(describe(http, path, (String) operation.get("operationId"), params));
        }));
        return operations;
    }

    private static String describe(String http, String path, String operationId, Map<String, String> params) {
        StringBuilder s = new StringBuilder(http + " " + path + " " + operationId);
        params.forEach((name, in) -> s.append(' ').append(in).append(':').append(name));
        return s.toString();
    }

    private static String httpMethod(Method method) {
        for (Map.Entry<Class<? extends Annotation>, String> e : HTTP_METHODS.entrySet()) {
            if (method.isAnnotationPresent(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Map<String, Object> document() {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertThat(in).as(OpenApiResource.DOCUMENT).isNotNull();
            return new HashMap<>(new Yaml().load(in));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
