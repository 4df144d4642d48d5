/**
 * The adapter's outbound side: a {@link org.posdesk.connector.TerminalConnectionFactory} through
 * which application code offers stored host commands to the terminal connections this node holds.
 * No transactions: the command itself is stored by the application, in its own transaction.
 */
package org.posdesk.connector.outbound;
