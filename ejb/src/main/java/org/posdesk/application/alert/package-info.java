/**
 * Alerts that reach people (issue 8): raising one, grouped by cause ({@link
 * org.posdesk.application.alert.AlertRaising}); the alerts page and acknowledgement; webhooks and
 * the delivery of each new or reopened alert to them, signed, from a durable outbox.
 */
package org.posdesk.application.alert;
