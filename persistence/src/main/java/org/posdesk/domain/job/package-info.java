/** Bookkeeping of scheduled jobs: how far an incremental job has read, and each job's last run. */
package org.posdesk.domain.job;
