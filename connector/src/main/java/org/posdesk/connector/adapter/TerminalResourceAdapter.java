package org.posdesk.connector.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.posdesk.connector.inbound.ConnectedTerminals;
import org.posdesk.connector.inbound.ListenerSettings;
import org.posdesk.connector.inbound.TerminalActivationSpec;
import org.posdesk.connector.inbound.TerminalServer;

/**
 * The terminal resource adapter. It listens for terminals only while a message-driven bean is
 * activated on it: without a bean nothing could store a message, and a terminal must never get
 * an answer for what was not stored. Every setting is a config property (set by the CLI script
 * configure-connector.cli from the environment).
 */
@Connector(
        displayName = "posdesk terminal adapter",
        vendorName = "posdesk",
        eisType = "POS terminals (ISO 8583 device protocol, profile 1)",
        version = "1.0",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class TerminalResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(TerminalResourceAdapter.class.getName());

    @ConfigProperty(defaultValue = "0.0.0.0", description = "Address the terminal listener binds to")
    private String bindAddress = "0.0.0.0";
    @ConfigProperty(defaultValue = "9700", description = "TCP port terminals connect to")
    private Integer port = 9700;
    @ConfigProperty(defaultValue = "5000", description = "Connections accepted at once; more are closed")
    private Integer maxConnections = 5000;
    @ConfigProperty(defaultValue = "180", description = "A connection silent this long (s) is closed: 3 heartbeats")
    private Integer idleTimeoutSeconds = 180;
    @ConfigProperty(defaultValue = "4096", description = "Largest frame (bytes after the length); longer closes")
    private Integer maxFrameBytes = 4096;
    @ConfigProperty(defaultValue = "64", description = "Most requests committed together in one transaction")
    private Integer maxBatchSize = 64;
    @ConfigProperty(defaultValue = "16", description = "Deliveries (transactions) running at once")
    private Integer deliveryWorkers = 16;

    private static final ConnectedTerminals NOT_LISTENING = ConnectedTerminals.notListening();

    private WorkManager workManager;
    private TerminalServer server;

    @Override
    public void start(BootstrapContext context) {
        this.workManager = context.getWorkManager();
    }

    @Override
    public void stop() {
        stopServer();
    }

    @Override
    public synchronized void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
            throws ResourceException {
        if (!(spec instanceof TerminalActivationSpec)) {
            throw new ResourceException("unexpected activation spec " + spec.getClass().getName());
        }
        if (server != null) {
            throw new ResourceAdapterInternalException("terminal listener already has an endpoint");
        }
        ListenerSettings settings = new ListenerSettings(bindAddress, port, maxConnections, idleTimeoutSeconds,
                maxFrameBytes, maxBatchSize, deliveryWorkers, nodeName());
        server = TerminalServer.start(settings, factory, workManager);
        LOG.info(() -> "Terminal listener on " + bindAddress + ":" + port + " (node " + settings.node() + ")");
    }

    @Override
    public synchronized void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        stopServer();
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    /** The terminals connected to this node; none while no bean listens. */
    public synchronized ConnectedTerminals terminals() {
        return server == null ? NOT_LISTENING : server.terminals();
    }

    private synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private static String nodeName() {
        String node = System.getProperty("jboss.node.name");
        return node == null || node.isBlank() ? "node" : node;
    }

    public String getBindAddress() {
        return bindAddress;
    }

    public void setBindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Integer getIdleTimeoutSeconds() {
        return idleTimeoutSeconds;
    }

    public void setIdleTimeoutSeconds(Integer idleTimeoutSeconds) {
        this.idleTimeoutSeconds = idleTimeoutSeconds;
    }

    public Integer getMaxFrameBytes() {
        return maxFrameBytes;
    }

    public void setMaxFrameBytes(Integer maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    public Integer getMaxBatchSize() {
        return maxBatchSize;
    }

    public void setMaxBatchSize(Integer maxBatchSize) {
        this.maxBatchSize = maxBatchSize;
    }

    public Integer getDeliveryWorkers() {
        return deliveryWorkers;
    }

    public void setDeliveryWorkers(Integer deliveryWorkers) {
        this.deliveryWorkers = deliveryWorkers;
    }

    // One adapter instance per deployment: identity equality is what the spec asks for here.
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
