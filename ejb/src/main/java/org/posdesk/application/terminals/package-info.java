/**
 * The terminal list and the terminal page: status, contacts, offline gaps with their offline
 * sales, the last transaction, batches, and asking a terminal for its last transaction (362).
 */
package org.posdesk.application.terminals;
