package org.posdesk.application;

/**
 * The network address of the person whose request the current thread serves, for the audit
 * trail. The web tier binds it around every request (pages, downloads, REST), so a service that
 * audits an action need not thread the address through its signature; a job or terminal thread
 * has none. Local EJB calls run on the caller's thread, which is what makes a thread-bound value
 * reach the services.
 */
public final class RequestOrigin {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestOrigin() {
    }

    /** Binds {@code address} to this thread until the returned scope is closed. */
    public static Scope bind(String address) {
        String outer = CURRENT.get();
        CURRENT.set(address);
        return () -> {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        };
    }

    /** The address bound to this thread, or null outside a request. */
    public static String current() {
        return CURRENT.get();
    }

    /** Ends a binding; closing never fails. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
