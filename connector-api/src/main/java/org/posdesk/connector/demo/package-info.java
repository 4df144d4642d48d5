/** Publicly derivable keys for the demo tenant and the simulator; never for real terminals. */
package org.posdesk.connector.demo;
