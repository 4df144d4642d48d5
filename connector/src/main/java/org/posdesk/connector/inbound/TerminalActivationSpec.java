package org.posdesk.connector.inbound;

import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ResourceAdapter;
import org.posdesk.connector.TerminalMessageListener;

/** Activates a message-driven bean as the receiver of terminal requests; it needs no settings. */
@Activation(messageListeners = TerminalMessageListener.class)
public class TerminalActivationSpec implements ActivationSpec {

    private ResourceAdapter resourceAdapter;

    @Override
    public void validate() {
        // Nothing to check: the listener's settings belong to the adapter.
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }
}
