/**
 * The terminal side of posdesk: what the message-driven bean hands each device-protocol request to
 * ({@link org.posdesk.application.terminal.TerminalGateway}) and how people and jobs queue host
 * commands for a terminal ({@link org.posdesk.application.terminal.TerminalCommands}).
 */
package org.posdesk.application.terminal;
