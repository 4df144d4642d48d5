/** Helpers the portal's CSV downloads share. */
package org.posdesk.interfaces.web.csv;
