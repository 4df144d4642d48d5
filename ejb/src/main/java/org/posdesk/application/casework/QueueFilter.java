package org.posdesk.application.casework;

/**
 * The queue's filters, each optional.
 *
 * @param state        a CaseState name; null or blank: every case still to work
 * @param merchantId   staff only (a merchant user always sees their own)
 * @param olderThanHours only cases opened more than this many hours ago
 * @param assignee     a username; {@link #ME} for the caller
 */
public record QueueFilter(String state, Long merchantId, Integer olderThanHours, boolean slaBreached,
                          String assignee) {

    public static final String ME = "@me";

    public static QueueFilter all() {
        return new QueueFilter(null, null, null, false, null);
    }
}
