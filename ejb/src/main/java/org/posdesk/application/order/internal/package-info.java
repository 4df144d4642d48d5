/** Implementations of the order services: stateless EJBs, the CSV reader and the import engine. */
package org.posdesk.application.order.internal;
