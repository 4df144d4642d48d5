package org.posdesk.application.reconciliation;

import jakarta.ejb.Local;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A CSV per merchant summarising one (Beijing) day: sales, voids, refunds per terminal, open discrepancies. */
@Local
public interface DailySummary {

    /** Writes (or rewrites) the day's files; returns them. */
    List<Path> write(LocalDate day);

    /** The day before today in Beijing, the day the job summarises. */
    List<Path> writeYesterday();
}
