/** The home page: the figures a user sees first after signing in. */
package org.posdesk.interfaces.web.dashboard;
