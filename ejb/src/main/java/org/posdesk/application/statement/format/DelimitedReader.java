package org.posdesk.application.statement.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Delimited statements (merchant CSVs). The header row is found by content (the first row naming
 * every required column), lines before it are titles, {@code #} lines and blank lines are passed
 * over wherever they are, and a summary row (its first cell starts with the profile's label) is
 * checked against the detail once the file is read. Cells lose a leading backtick, tabs and
 * padding. Unquoted files may hold the separator inside a store name: the extra cells are given
 * back to the profile's free-text column. Quoted cells (RFC 4180, on one line) are read too.
 */
final class DelimitedReader implements StatementReader {

    private final StatementProfile profile;
    private final BufferedReader in;
    private final LineMapper mapper;
    private final char separator;
    private final List<String> required;
    private final Row row = new Row();
    private Map<String, Integer> header;
    private int freeText = -1;
    private int number;
    private long detailRows;
    private long parsedAmount;
    private boolean anyBad;
    private Long summaryCount;
    private Long summaryAmount;

    DelimitedReader(StatementProfile profile, InputStream content, LocalDate clearingDate) {
        this.profile = profile;
        this.in = new BufferedReader(new InputStreamReader(content, profile.charset()), 1 << 16);
        this.mapper = new LineMapper(profile, clearingDate);
        this.separator = profile.separator().charAt(0);
        this.required = profile.requiredHeaders();
        if (required.isEmpty()) {
            useHeader(profile.columns());
        }
    }

    @Override
    public LineOutcome next() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            LineOutcome outcome = read(line);
            if (outcome != null) {
                return outcome;
            }
        }
        if (header == null) {
            throw new StatementFormatException("no header row naming " + String.join(", ", required));
        }
        return null;
    }

    private LineOutcome read(String line) {
        if (line.isBlank() || profile.commentPrefix().map(p -> line.strip().startsWith(p)).orElse(false)) {
            return null;
        }
        List<String> cells = split(line);
        if (header == null) {
            if (cells.containsAll(required)) {
                useHeader(cells);
            }
            return null;
        }
        if (profile.summaryLabel().map(l -> cells.get(0).startsWith(l)).orElse(false)) {
            return summary(cells);
        }
        detailRows++;
        LineOutcome outcome = cells.size() == header.size() ? null : realign(cells);
        if (outcome == null) {
            row.cells = cells;
            outcome = mapper.map(number, row);
        }
        if (outcome instanceof LineOutcome.Parsed parsed) {
            parsedAmount += parsed.data().amount().minorUnits();
        } else if (outcome instanceof LineOutcome.Bad) {
            anyBad = true;
        }
        return outcome;
    }

    private void useHeader(List<String> names) {
        header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            header.putIfAbsent(names.get(i), i);
        }
        freeText = profile.freeTextColumn().map(c -> header.getOrDefault(c, -1)).orElse(-1);
    }

    /** Gives surplus cells back to the free-text column (an unquoted separator in a store name). */
    private LineOutcome realign(List<String> cells) {
        int surplus = cells.size() - header.size();
        if (surplus < 0 || freeText < 0) {
            return new LineOutcome.Bad(number, null, cells.size() + " cells where the header has " + header.size());
        }
        StringBuilder text = new StringBuilder(cells.get(freeText));
        for (int i = 1; i <= surplus; i++) {
            text.append(separator).append(cells.get(freeText + i));
        }
        cells.set(freeText, text.toString());
        cells.subList(freeText + 1, freeText + 1 + surplus).clear();
        return null;
    }

    private LineOutcome summary(List<String> cells) {
        try {
            summaryCount = Cells.digits(cell(cells, profile.summaryCountCell()));
            String amount = cell(cells, profile.summaryAmountCell());
            summaryAmount = profile.money() == StatementProfile.MoneyUnit.FEN ? Cells.digits(amount) : Cells.yuanToFen(amount);
            return null;
        } catch (Cells.CellException e) {
            anyBad = true;
            return new LineOutcome.Bad(number, "summary", e.getMessage());
        }
    }

    private static String cell(List<String> cells, int oneBased) {
        return oneBased <= cells.size() ? cells.get(oneBased - 1) : "";
    }

    private List<String> split(String line) {
        List<String> cells = new ArrayList<>(header == null ? 40 : header.size() + 2);
        if (line.indexOf('"') < 0) {
            int from = 0;
            for (int i = line.indexOf(separator); i >= 0; i = line.indexOf(separator, from)) {
                cells.add(Cells.clean(line.substring(from, i)));
                from = i + 1;
            }
            cells.add(Cells.clean(line.substring(from)));
            return cells;
        }
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(Cells.clean(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(Cells.clean(cell.toString()));
        return cells;
    }

    @Override
    public void finish() {
        if (summaryCount == null) {
            return;
        }
        if (summaryCount != detailRows || (!anyBad && summaryAmount != parsedAmount)) {
            throw new StatementFormatException("the summary row says " + summaryCount + " lines totalling "
                    + summaryAmount + " fen; the file holds " + detailRows + " lines totalling " + parsedAmount + " fen");
        }
    }

    @Override
    public String institution() {
        return mapper.institution();
    }

    @Override
    public LocalDate latestDate() {
        return mapper.latestDate();
    }

    private final class Row implements SourceRow {
        private List<String> cells;

        private int index(String source) {
            if (source.startsWith("#")) {
                return Integer.parseInt(source.substring(1)) - 1;
            }
            Integer i = header.get(source);
            if (i == null) {
                throw new StatementFormatException("the header has no column " + source);
            }
            return i;
        }

        @Override
        public String text(String source) {
            int i = index(source);
            return i < cells.size() ? cells.get(i) : "";
        }

        @Override
        public String raw(String source) {
            return text(source);
        }

        @Override
        public String describe(String source) {
            return "column " + source;
        }
    }
}
