/** The orders page (search, highlights, export, import) and the order page with its payments. */
package org.posdesk.interfaces.web.orders;
