package org.posdesk.interfaces.web.security;

/** The role names web.xml, the annotations and the service layer agree on. */
public final class Roles {

    public static final String MERCHANT = "MERCHANT";
    public static final String AGENT = "AGENT";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
