package org.posdesk.domain.journal;

/** How the entry reached posdesk: online advice (0220), store-and-forward offline sale, or batch upload (0320). */
public enum Origin {
    ONLINE, OFFLINE, BATCH_UPLOAD
}
