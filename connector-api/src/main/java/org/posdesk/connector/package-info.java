/**
 * The contracts of the terminal resource adapter: what it delivers to the application
 * ({@link org.posdesk.connector.TerminalMessageListener}) and what application code uses to reach
 * terminals. The codec of the device protocol lives in {@code codec}.
 */
package org.posdesk.connector;
