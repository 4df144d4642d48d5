/** The resource adapter itself: configuration, lifecycle, and activation of the terminal listener. */
package org.posdesk.connector.adapter;
