/** Settlement batches, their lifecycle from OPEN to RECONCILED, and requests to re-upload them. */
package org.posdesk.domain.batch;
