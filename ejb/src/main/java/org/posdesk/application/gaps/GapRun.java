package org.posdesk.application.gaps;

/** What one run of the offline-gap detection did. */
public record GapRun(int opened, int closed, int recounted, int alerted) {

    @Override
    public String toString() {
        return "opened " + opened + ", closed " + closed + ", recounted " + recounted + ", alerted " + alerted;
    }
}
