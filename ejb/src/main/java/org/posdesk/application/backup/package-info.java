/**
 * Database backups proven to restore (issue 8): the administrators' list and "back up now"
 * ({@link org.posdesk.application.backup.Backups}); the scheduled job runs
 * {@link org.posdesk.application.backup.internal.BackupRun}.
 */
package org.posdesk.application.backup;
