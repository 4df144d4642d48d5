package org.posdesk.domain.shared;

import jakarta.persistence.MappedSuperclass;

/**
 * Base of every entity. The id field itself is declared by each subclass, together with the
 * {@code @SequenceGenerator} naming that table's own sequence: generator names are global in a
 * persistence unit, so one inherited generator could not point at a different sequence per table
 * without provider-specific tricks.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    public abstract Long getId();

    /** True until the entity has been persisted (sequence ids are assigned at persist time). */
    public boolean isNew() {
        return getId() == null;
    }
}
