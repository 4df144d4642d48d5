/**
 * Terminals reporting in: the TCP listener (Netty, on threads from the WorkManager), framing and
 * decoding, and delivery of requests in batches to the message-driven bean, replies written only
 * after the bean's transaction committed.
 */
package org.posdesk.connector.inbound;
