/** The merchant's orders, which card payments settle; unique by order number within a merchant. */
package org.posdesk.domain.order;
