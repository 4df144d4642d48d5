/** The audit trail as administrators read it: search, CSV export, and the chain's verification. */
package org.posdesk.application.audit;
