/** The terminal list, the terminal page with its offline-gap chart, and the anomaly settings page. */
package org.posdesk.interfaces.web.terminals;
