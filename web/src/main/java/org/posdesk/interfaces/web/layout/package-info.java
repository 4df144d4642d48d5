/** What every signed-in page shares: the navigation and the header showing who is signed in. */
package org.posdesk.interfaces.web.layout;
