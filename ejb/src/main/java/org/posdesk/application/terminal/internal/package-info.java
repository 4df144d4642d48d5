/**
 * How posdesk handles each message of the device protocol. Beans ({@code *Flow}, the gateway) load,
 * call the domain and store; the decisions of the protocol live in small pure classes
 * ({@link org.posdesk.application.terminal.internal.Admission},
 * {@link org.posdesk.application.terminal.internal.Replies},
 * {@link org.posdesk.application.terminal.internal.TerminalClock} and the like) that the unit tests
 * exercise without a container.
 */
package org.posdesk.application.terminal.internal;
