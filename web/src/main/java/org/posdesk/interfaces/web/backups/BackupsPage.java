package org.posdesk.interfaces.web.backups;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.posdesk.application.backup.BackupCursor;
import org.posdesk.application.backup.BackupPage;
import org.posdesk.application.backup.BackupRow;
import org.posdesk.application.backup.Backups;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * The backups, newest first by keyset pages, and "back up now" (confirmed, audited by the
 * service). While a backup is in progress, or was just asked for, the page polls and shows its step.
 */
@Named("backupsPage")
@ViewScoped
public class BackupsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 30;
    /** How long after "back up now" the page waits for the job to show up before it stops polling. */
    private static final long REQUEST_GRACE_MILLIS = 30_000;

    @EJB
    private Backups backups;
    @Inject
    private Messages messages;

    private final Deque<BackupCursor> starts = new ArrayDeque<>();
    private transient BackupPage page;
    private Instant requestedAt;

    public void backUpNow() {
        Backups.Requested outcome = backups.backUpNow();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                outcome == Backups.Requested.STARTED ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                messages.get("backups.requested." + outcome.name()), null));
        if (outcome == Backups.Requested.STARTED) {
            requestedAt = Instant.now();
        }
        starts.clear();
        page = null;
    }

    public void refresh() {
        page = null;
    }

    public void next() {
        if (page().next() != null) {
            starts.push(page().next());
            page = null;
        }
    }

    public void previous() {
        if (!starts.isEmpty()) {
            starts.pop();
            page = null;
        }
    }

    private BackupPage page() {
        if (page == null) {
            page = backups.list(starts.peek(), PAGE_SIZE);
        }
        return page;
    }

    public List<BackupRow> getRows() {
        return page().rows();
    }

    /** A backup is running, or one was asked for a moment ago and has not shown up yet. */
    public boolean isInProgress() {
        boolean running = starts.isEmpty() && page().rows().stream().anyMatch(BackupRow::isInProgress);
        boolean justAsked = requestedAt != null
                && Instant.now().toEpochMilli() - requestedAt.toEpochMilli() < REQUEST_GRACE_MILLIS
                && page().rows().stream().noneMatch(r -> !r.startedAt().isBefore(requestedAt.minusSeconds(5)));
        return running || justAsked;
    }

    public boolean isMore() {
        return page().next() != null;
    }

    public boolean isFirstPage() {
        return starts.isEmpty();
    }

    public int getPageNumber() {
        return starts.size() + 1;
    }

    public String time(Instant at) {
        return BackupFormat.time(at);
    }

    public String size(Long bytes) {
        return BackupFormat.size(bytes);
    }

    public String duration(Long millis) {
        return BackupFormat.duration(millis);
    }
}
