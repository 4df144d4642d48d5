/** Implementation of {@link org.posdesk.application.terminals.TerminalPages}. */
package org.posdesk.application.terminals.internal;
