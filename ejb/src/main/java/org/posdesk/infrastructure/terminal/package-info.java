/** The application's side of the terminal adapter's outbound connection factory. */
package org.posdesk.infrastructure.terminal;
