package org.posdesk.interfaces.web.statements;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.posdesk.application.statement.ImportPage;
import org.posdesk.application.statement.ImportState;
import org.posdesk.application.statement.ImportView;
import org.posdesk.application.statement.StatementImports;

/** The imports, newest first, a keyset page at a time; refreshed by a poll while one is running. */
@Named
@ViewScoped
public class StatementList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 25;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @EJB
    private transient StatementImports imports;

    private final Deque<ImportPage.Cursor> previous = new ArrayDeque<>();
    private ImportPage.Cursor current;
    private ImportPage page;

    @PostConstruct
    void load() {
        first();
    }

    public void first() {
        previous.clear();
        current = null;
        refresh();
    }

    public void next() {
        if (page != null && page.next() != null) {
            previous.push(current == null ? new ImportPage.Cursor(Instant.MAX, Long.MAX_VALUE) : current);
            current = page.next();
            refresh();
        }
    }

    public void back() {
        if (!previous.isEmpty()) {
            ImportPage.Cursor c = previous.pop();
            current = c.startedAt().equals(Instant.MAX) ? null : c;
            refresh();
        }
    }

    public void refresh() {
        page = imports.list(current, PAGE);
    }

    public List<ImportView> getRows() {
        return page.rows();
    }

    public boolean isMore() {
        return page.next() != null;
    }

    public boolean isBackPossible() {
        return !previous.isEmpty();
    }

    /** The poll stops when nothing shown is still running. */
    public boolean isRunning() {
        return page.rows().stream().anyMatch(r -> r.state() == ImportState.RUNNING);
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
