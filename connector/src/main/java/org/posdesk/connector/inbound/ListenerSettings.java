package org.posdesk.connector.inbound;

/** The listener's configuration, checked once at activation. */
public record ListenerSettings(String bindAddress, int port, int maxConnections, int idleTimeoutSeconds,
                               int maxFrameBytes, int maxBatchSize, int deliveryWorkers, String node) {

    public ListenerSettings {
        require(port >= 0 && port <= 65535, "port must be 0..65535");
        require(maxConnections > 0, "maxConnections must be positive");
        require(idleTimeoutSeconds > 0, "idleTimeoutSeconds must be positive");
        require(maxFrameBytes >= 64 && maxFrameBytes <= 65535, "maxFrameBytes must be 64..65535");
        require(maxBatchSize > 0, "maxBatchSize must be positive");
        require(deliveryWorkers > 0, "deliveryWorkers must be positive");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
