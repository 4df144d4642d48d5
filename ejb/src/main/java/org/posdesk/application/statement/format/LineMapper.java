package org.posdesk.application.statement.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.posdesk.application.statement.format.Cells.CellException;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.statement.LineData;
import org.posdesk.domain.statement.OriginalReference;

/** Turns one source row into a statement line by the profile's mapping; shared by both families. */
final class LineMapper {

    static final String YEARLESS = "MMddHHmmss";

    private final StatementProfile profile;
    private final LocalDate clearingDate;
    private final DateTimeFormatter timeFormat;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter originalTimeFormat;
    private String institution;
    private LocalDate latestDate;

    LineMapper(StatementProfile profile, LocalDate clearingDate) {
        this.profile = profile;
        this.clearingDate = clearingDate;
        this.timeFormat = formatter(profile.format("time", "yyyy-MM-dd HH:mm:ss"));
        this.dateFormat = formatter(profile.format("date", "yyyy-MM-dd"));
        this.originalTimeFormat = formatter(profile.format("originalTime", profile.format("time", "yyyy-MM-dd HH:mm:ss")));
        if (clearingDate == null && (YEARLESS.equals(profile.format("time", "")))) {
            throw new StatementFormatException("this statement's times carry no year: its clearing date is needed");
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    }

    /** The line, a bad line naming the field, or null for a line of a type that is not imported. */
    LineOutcome map(int lineNumber, SourceRow row) {
        String target = "type";
        try {
            String type = type(row);
            if (StatementProfile.SKIP.equals(type)) {
                return null;
            }
            target = "amount";
            Money amount = Money.of(money(row, "amount"), profile.currency());
            target = "time";
            LocalDateTime time = time(row);
            if (time == null) {
                throw new CellException("missing");
            }
            target = "card";
            MaskedPan card = profile.source("card").map(s -> Cells.maskCard(row.text(s))).orElse(null);
            target = "fee";
            Long fee = optionalMoney(row, "fee");
            target = "net";
            Long net = optionalMoney(row, "net");
            target = "batch";
            Integer batch = batch(row);
            target = "original";
            OriginalReference original = original(row);
            target = "debitCredit";
            Character debitCredit = profile.source("debitCredit").map(s -> Cells.signLetter(row.raw(s))).orElse(null);
            target = "identifiers";
            LineData data = new LineData(lineNumber, text(row, "tid", 8), mid(row), text(row, "rrn", 12),
                    text(row, "stan", 6), batch, type, amount, fee, net, card, text(row, "authCode", 6), time, original,
                    text(row, "orderNumber", 64), debitCredit);
            noteInstitution(row);
            return new LineOutcome.Parsed(data);
        } catch (TargetException e) {
            return new LineOutcome.Bad(lineNumber, e.where, e.getMessage());
        } catch (CellException | IllegalArgumentException e) {
            // IllegalArgumentException: a domain check (never carrying the value for card data).
            String where = profile.source(target).map(row::describe).orElse(target);
            return new LineOutcome.Bad(lineNumber, where, e instanceof CellException ? e.getMessage() : "not valid");
        }
    }

    private String type(SourceRow row) {
        List<String> parts = new ArrayList<>();
        for (String key : profile.typeKey()) {
            String[] spec = key.split(":");
            String value = row.text(spec[0].trim());
            if (spec.length > 1) {
                int n = Integer.parseInt(spec[1].trim());
                value = value.length() > n ? value.substring(0, n) : value;
            }
            parts.add(value);
        }
        return profile.type(parts).orElseThrow(() -> new TargetException(row.describe(profile.typeKey().get(0).split(":")[0]),
                "unknown transaction type"));
    }

    private long money(SourceRow row, String target) {
        String source = profile.source(target).orElseThrow();
        String cell = row.text(source);
        try {
            return profile.money() == StatementProfile.MoneyUnit.FEN ? Cells.digits(cell) : Cells.yuanToFen(cell);
        } catch (CellException e) {
            throw new TargetException(row.describe(source), e.getMessage());
        }
    }

    private Long optionalMoney(SourceRow row, String target) {
        if (profile.source(target).isEmpty() || row.text(profile.source(target).get()).isEmpty()) {
            return null;
        }
        return money(row, target);
    }

    private Integer batch(SourceRow row) {
        String value = text(row, "batch", 9);
        if (value == null) {
            return null;
        }
        try {
            return (int) Cells.digits(value);
        } catch (CellException e) {
            throw new TargetException(row.describe(profile.source("batch").get()), e.getMessage());
        }
    }

    private LocalDateTime time(SourceRow row) {
        String source = profile.source("time").orElseThrow();
        String cell = row.text(source);
        try {
            if (YEARLESS.equals(profile.format("time", ""))) {
                return Cells.yearless(cell, clearingDate);
            }
            if (profile.source("date").isPresent()) {
                String dateSource = profile.source("date").get();
                LocalDate date = parseDate(row, dateSource);
                return date.atTime(LocalTime.parse(cell, timeFormat));
            }
            return LocalDateTime.parse(cell, timeFormat);
        } catch (DateTimeParseException e) {
            throw new TargetException(row.describe(source), "not a time in the profile's format");
        } catch (CellException e) {
            throw new TargetException(row.describe(source), e.getMessage());
        }
    }

    private LocalDate parseDate(SourceRow row, String source) {
        try {
            LocalDate date = LocalDate.parse(row.text(source), dateFormat);
            if (latestDate == null || date.isAfter(latestDate)) {
                latestDate = date;
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new TargetException(row.describe(source), "not a date in the profile's format");
        }
    }

    private OriginalReference original(SourceRow row) {
        String stan = text(row, "originalStan", 6);
        if (stan != null && stan.chars().allMatch(c -> c == '0')) {
            stan = null;
        }
        String rrn = text(row, "originalRrn", 12);
        LocalDateTime time = null;
        if (profile.source("originalTime").isPresent()) {
            String source = profile.source("originalTime").get();
            String cell = row.text(source);
            try {
                if (!cell.isEmpty()) {
                    time = YEARLESS.equals(profile.format("originalTime", ""))
                            ? Cells.yearless(cell, clearingDate) : LocalDateTime.parse(cell, originalTimeFormat);
                }
            } catch (CellException | DateTimeParseException e) {
                throw new TargetException(row.describe(source), "not a time in the profile's format");
            }
        }
        return new OriginalReference(stan, rrn, time);
    }

    private String mid(SourceRow row) {
        String value = text(row, "mid", Integer.MAX_VALUE);
        if (value == null) {
            return null;
        }
        String mid = profile.mid(value);
        if (mid.length() > 15) {
            throw new TargetException(row.describe(profile.source("mid").get()), "longer than a MID and not mapped to one");
        }
        return mid;
    }

    private String text(SourceRow row, String target, int max) {
        if (profile.source(target).isEmpty()) {
            return null;
        }
        String source = profile.source(target).get();
        String value = row.text(source);
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            throw new TargetException(row.describe(source), "longer than " + max + " characters");
        }
        return value;
    }

    private void noteInstitution(SourceRow row) {
        if (institution == null) {
            institution = profile.source("institution").map(row::text).filter(s -> !s.isEmpty())
                    .orElse(profile.institution().orElse(null));
        }
    }

    /** The institution the first line (or the profile) names. */
    String institution() {
        return institution != null ? institution : profile.institution().orElse(null);
    }

    /** The latest transaction date of a file whose lines carry full dates. */
    LocalDate latestDate() {
        return latestDate;
    }

    /** A failed target, already knowing how to name its source. */
    private static final class TargetException extends RuntimeException {
        private final String where;

        TargetException(String where, String reason) {
            super(reason, null, false, false);
            this.where = where;
        }
    }
}
