/** Implementations of the anomaly services. */
package org.posdesk.application.anomaly.internal;
