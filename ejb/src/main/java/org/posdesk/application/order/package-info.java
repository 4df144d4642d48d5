/**
 * Orders: the merchant's search of their orders with the two highlights (orders left unpaid,
 * payments that named an order the merchant never sent), an order with its payments, and the
 * import of orders from the merchant's cashier or ERP (CSV upload and REST), validated row by row
 * and committed all or nothing.
 */
package org.posdesk.application.order;
