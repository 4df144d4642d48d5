/**
 * What every response tells the browser about itself: the security headers the web application
 * sets on pages, downloads, the REST API and error pages alike.
 */
package org.posdesk.interfaces.web.headers;
