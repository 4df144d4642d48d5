package org.posdesk.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row naming the end of the chain (V11). Appenders lock it for the rest of their
 * transaction, read where the chain ends, and move it past the entry they add.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHeadRow {

    /** The row's fixed key: there is one chain. */
    public static final byte ID = 1;

    @Id
    @Column(name = "id")
    private Byte id;

    @Column(name = "chain_position", nullable = false)
    private long chainPosition;

    @Column(name = "hash", length = 64)
    private String hash;

    protected AuditChainHeadRow() {
    }

    public ChainHead head() {
        return chainPosition == 0 ? ChainHead.EMPTY : new ChainHead(chainPosition, hash.strip());
    }

    /** Moves the head past {@code entry}, which must follow it directly. */
    public void advanceTo(AuditEntry entry) {
        if (!entry.follows(head())) {
            throw new IllegalStateException("entry " + entry.getChainPosition() + " does not follow the chain head "
                    + chainPosition);
        }
        chainPosition = entry.getChainPosition();
        hash = entry.getHash();
    }
}
