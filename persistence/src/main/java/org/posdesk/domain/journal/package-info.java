/** The transaction journal: every card transaction a terminal reported, keyed by TID, batch and STAN. */
package org.posdesk.domain.journal;
