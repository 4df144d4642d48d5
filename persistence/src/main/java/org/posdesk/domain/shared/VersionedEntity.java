package org.posdesk.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity that is changed after it is written and therefore needs optimistic locking: two
 * nodes handling messages from the same terminal must not silently overwrite each other.
 * Append-only rows (transitions, contacts, audit entries) extend {@link AbstractEntity} instead.
 */
@MappedSuperclass
public abstract class VersionedEntity extends AbstractEntity {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public long getVersion() {
        return version;
    }
}
