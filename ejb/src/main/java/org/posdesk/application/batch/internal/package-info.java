/** The batch services' implementations and the rules they apply (what may be resubmitted, how far a resubmission got). */
package org.posdesk.application.batch.internal;
