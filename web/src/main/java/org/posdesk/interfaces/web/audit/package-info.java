/** The audit trail page for administrators, its CSV download and the chain verification action. */
package org.posdesk.interfaces.web.audit;
