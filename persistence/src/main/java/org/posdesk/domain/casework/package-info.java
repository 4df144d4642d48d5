/** Missing-order cases: reports that a payment and an order do not meet, and the work to close them. */
package org.posdesk.domain.casework;
