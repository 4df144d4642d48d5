package org.posdesk.connector.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Set;
import javax.security.auth.Subject;
import org.posdesk.connector.TerminalConnection;
import org.posdesk.connector.TerminalConnectionFactory;
import org.posdesk.connector.adapter.TerminalResourceAdapter;
import org.posdesk.connector.inbound.ConnectedTerminals;

/** Makes the connections of the outbound terminal factory; bound by configure-connector.cli. */
@ConnectionDefinition(
        connectionFactory = TerminalConnectionFactory.class,
        connectionFactoryImpl = TerminalConnectionFactoryImpl.class,
        connection = TerminalConnection.class,
        connectionImpl = TerminalConnectionHandle.class)
public class TerminalManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private transient TerminalResourceAdapter adapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager manager) {
        return new TerminalConnectionFactoryImpl(this, manager);
    }

    @Override
    public Object createConnectionFactory() throws ResourceException {
        throw new ResourceException("the terminal connection factory exists only inside the server");
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
        return new TerminalManagedConnection(this);
    }

    /** Every connection is alike: any one matches. */
    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : candidates) {
            if (candidate instanceof TerminalManagedConnection connection) {
                return connection;
            }
        }
        return null;
    }

    ConnectedTerminals terminals() {
        if (adapter == null) {
            throw new IllegalStateException("the connection factory is not associated with the terminal adapter");
        }
        return adapter.terminals();
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return adapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        if (!(adapter instanceof TerminalResourceAdapter terminalAdapter)) {
            throw new ResourceException("expected the terminal adapter, got " + adapter);
        }
        this.adapter = terminalAdapter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    // No configuration properties: two factories of the same adapter are interchangeable.
    @Override
    public boolean equals(Object other) {
        return other instanceof TerminalManagedConnectionFactory factory && factory.adapter == adapter;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(adapter);
    }
}
