package org.posdesk.connector.outbound;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.posdesk.connector.inbound.ConnectedTerminals;

/**
 * A pooled view of this node's terminal connections. It holds no socket of its own (the
 * listener does), so it is cheap and never goes stale.
 */
final class TerminalManagedConnection implements ManagedConnection {

    private final TerminalManagedConnectionFactory factory;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private PrintWriter logWriter;

    TerminalManagedConnection(TerminalManagedConnectionFactory factory) {
        this.factory = factory;
    }

    ConnectedTerminals terminals() {
        return factory.terminals();
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        return new TerminalConnectionHandle(this);
    }

    void closed(TerminalConnectionHandle handle) {
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        listeners.forEach(listener -> listener.connectionClosed(event));
    }

    @Override
    public void associateConnection(Object handle) throws ResourceException {
        if (!(handle instanceof TerminalConnectionHandle terminalHandle)) {
            throw new ResourceException("not a terminal connection: " + handle);
        }
        terminalHandle.moveTo(this);
    }

    @Override
    public void cleanup() {
        // Nothing per use: no state is kept between handles.
    }

    @Override
    public void destroy() {
        listeners.clear();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("terminal connections take part in no transaction");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("terminal connections take part in no transaction");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "POS terminals (ISO 8583 device protocol, profile 1)";
            }

            @Override
            public String getEISProductVersion() {
                return "1";
            }

            @Override
            public int getMaxConnections() {
                return 0;
            }

            @Override
            public String getUserName() {
                return null;
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
