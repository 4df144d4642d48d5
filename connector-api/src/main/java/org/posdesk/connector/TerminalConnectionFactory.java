package org.posdesk.connector;

import jakarta.resource.ResourceException;
import java.io.Serializable;

/**
 * The terminal adapter's outbound side, bound in JNDI as {@value #JNDI_NAME}: how application code
 * reaches a terminal connection held by this node.
 * <p>
 * protocol.md lets the host write a command only right after a reply, so nothing is pushed at
 * once: a command is stored first (the database is the route between nodes), then offered here
 * after its transaction committed. When this node holds the terminal's connection, the adapter
 * marks the terminal's next request, of any kind, as one that may be followed by the command;
 * otherwise the node that holds it sends the command after the terminal's next sign-on or heartbeat.
 */
public interface TerminalConnectionFactory extends Serializable {

    String JNDI_NAME = "java:/eis/posdesk/Terminals";

    TerminalConnection getConnection() throws ResourceException;
}
