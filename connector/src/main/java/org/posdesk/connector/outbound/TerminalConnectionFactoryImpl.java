package org.posdesk.connector.outbound;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.posdesk.connector.TerminalConnection;
import org.posdesk.connector.TerminalConnectionFactory;

/** The object bound in JNDI; connections come from the server's pool through its manager. */
public final class TerminalConnectionFactoryImpl implements TerminalConnectionFactory, Referenceable {

    private static final long serialVersionUID = 1L;

    private final transient TerminalManagedConnectionFactory factory;
    private final transient ConnectionManager manager;
    private Reference reference;

    TerminalConnectionFactoryImpl(TerminalManagedConnectionFactory factory, ConnectionManager manager) {
        this.factory = factory;
        this.manager = manager;
    }

    @Override
    public TerminalConnection getConnection() throws ResourceException {
        return (TerminalConnection) manager.allocateConnection(factory, null);
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
