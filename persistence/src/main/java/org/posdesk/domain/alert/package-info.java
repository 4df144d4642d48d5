/** Alerts: what a person must act on, grouped by kind and cause so a repeating fault is one row. */
package org.posdesk.domain.alert;
