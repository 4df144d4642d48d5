/** Where terminal messages enter posdesk: the message-driven bean of the terminal resource adapter. */
package org.posdesk.interfaces.terminal;
