/**
 * The user's language: the session's choice of locale and the message bundles every visible
 * string comes from.
 */
package org.posdesk.interfaces.web.i18n;
