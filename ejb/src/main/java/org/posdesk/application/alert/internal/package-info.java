/** Implementations of the alert services; the delivery sends outside any transaction. */
package org.posdesk.application.alert.internal;
