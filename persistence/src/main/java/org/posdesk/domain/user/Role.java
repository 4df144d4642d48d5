package org.posdesk.domain.user;

/** MERCHANT sees one merchant; AGENT works every merchant's cases; ADMIN manages everything. */
public enum Role {
    MERCHANT, AGENT, ADMIN
}
