/** The reconciliation pages: runs with their KPIs and the discrepancy queue. */
package org.posdesk.interfaces.web.reconciliation;
