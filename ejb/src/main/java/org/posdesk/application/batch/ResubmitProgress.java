package org.posdesk.application.batch;

/**
 * Where the latest request to upload a batch again stands: QUEUED until the terminal's next
 * sign-on or heartbeat, SENT once command 361 went out (and the terminal may have acknowledged
 * it), UPLOADING while its 0320s arrive, DONE when the batch is UPLOADED, FAILED when the terminal
 * refused or the new upload ended incomplete again. NONE: nobody asked.
 */
public enum ResubmitProgress {
    NONE, QUEUED, SENT, UPLOADING, DONE, FAILED;

    public boolean inProgress() {
        return this == QUEUED || this == SENT || this == UPLOADING;
    }
}
