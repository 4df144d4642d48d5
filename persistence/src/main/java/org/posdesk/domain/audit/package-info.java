/** The append-only, hash-chained audit log: who did what to which thing, when, from where, with what outcome. */
package org.posdesk.domain.audit;
