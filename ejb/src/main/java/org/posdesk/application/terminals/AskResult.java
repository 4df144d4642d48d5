package org.posdesk.application.terminals;

/** @param terminalOnline false: the command waits for the terminal's next sign-on */
public record AskResult(CommandRow command, boolean terminalOnline) {
}
