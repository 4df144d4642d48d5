package org.posdesk.interfaces.web.terminals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.posdesk.application.terminals.GapRow;
import org.posdesk.application.terminals.JournalRow;

/**
 * The offline-gap chart as SVG coordinates: a time axis across the span of the gaps shown, each
 * gap a band, each offline sale a mark at its terminal time. Percentages of the width, so the
 * drawing scales with the page.
 */
public final class GapChart {

    public record Band(long gapId, double x, double width, boolean open, String label) {
    }

    public record Mark(long gapId, double x, String label) {
    }

    public record Tick(double x, String label) {
    }

    private final List<Band> bands = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Tick> ticks = new ArrayList<>();

    GapChart(List<GapRow> gaps, Instant now, ZoneId zone, Display display) {
        if (gaps.isEmpty()) {
            return;
        }
        Instant from = gaps.stream().map(GapRow::startedAt).min(Instant::compareTo).orElseThrow();
        Instant to = gaps.stream().map(g -> g.isOpen() ? now : g.endedAt()).max(Instant::compareTo).orElseThrow();
        // A margin of a tenth of the span (at least a minute) on each side keeps marks off the edges.
        long margin = Math.max(60_000, (to.toEpochMilli() - from.toEpochMilli()) / 10);
        long start = from.toEpochMilli() - margin;
        long span = to.toEpochMilli() + margin - start;
        for (GapRow gap : gaps) {
            double x = percent(gap.startedAt().toEpochMilli() - start, span);
            double end = percent((gap.isOpen() ? now : gap.endedAt()).toEpochMilli() - start, span);
            bands.add(new Band(gap.id(), x, Math.max(0.4, end - x), gap.isOpen(),
                    display.time(gap.startedAt()) + " – " + display.time(gap.endedAt())));
            for (JournalRow sale : gap.offlineSales()) {
                long at = sale.terminalTime().atZone(zone).toInstant().toEpochMilli();
                marks.add(new Mark(gap.id(), percent(at - start, span),
                        sale.stan() + " " + display.amount(sale.amountMinor()) + " " + display.local(sale.terminalTime())));
            }
        }
        for (int i = 0; i <= 4; i++) {
            ticks.add(new Tick(i * 25.0, display.time(Instant.ofEpochMilli(start + span * i / 4))));
        }
    }

    private static double percent(long offset, long span) {
        return Math.round(Math.max(0, Math.min(100, offset * 100.0 / span)) * 100) / 100.0;
    }

    public List<Band> getBands() {
        return bands;
    }

    public List<Mark> getMarks() {
        return marks;
    }

    public List<Tick> getTicks() {
        return ticks;
    }

    public boolean isEmpty() {
        return bands.isEmpty();
    }
}
