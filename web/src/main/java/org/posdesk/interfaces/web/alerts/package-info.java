/** The alerts page (acknowledge, delivery history, CSV) and the webhooks page. */
package org.posdesk.interfaces.web.alerts;
