/**
 * Database backups and whether each was proven to restore: a {@link org.posdesk.domain.backup.Backup}
 * is good only once VERIFIED.
 */
package org.posdesk.domain.backup;
