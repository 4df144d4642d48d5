/** Offline gaps: turning terminals' contacts into the spans they were silent, and alerting on long ones. */
package org.posdesk.application.gaps;
