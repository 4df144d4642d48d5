/** Acquirer settlement statements (对账单) and their lines, matched against the journal. */
package org.posdesk.domain.statement;
