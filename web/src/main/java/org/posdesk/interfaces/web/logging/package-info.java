/** What every log line of a web request carries: its id and, once signed in, the user. */
package org.posdesk.interfaces.web.logging;
