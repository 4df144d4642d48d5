package org.posdesk.application.statement.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import org.posdesk.domain.shared.MaskedPan;

/** Conversions of single cells; each throws {@link CellException} naming what is wrong, never the value. */
public final class Cells {

    private Cells() {
    }

    /** A failed cell conversion; the reader adds the line number and field name. */
    public static final class CellException extends RuntimeException {
        public CellException(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Strips what delimited statements wrap cells in: a leading backtick, tabs and padding spaces. */
    public static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        int from = 0;
        int to = cell.length();
        while (from < to && isPadding(cell.charAt(from))) {
            from++;
        }
        if (from < to && cell.charAt(from) == '`') {
            from++;
        }
        while (from < to && isPadding(cell.charAt(from))) {
            from++;
        }
        while (to > from && isPadding(cell.charAt(to - 1))) {
            to--;
        }
        return cell.substring(from, to);
    }

    private static boolean isPadding(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    /** Unsigned zero-filled digits, as in N cells; money in fen. */
    public static long digits(String cell) {
        if (cell.isEmpty() || cell.length() > 18) {
            throw new CellException(cell.isEmpty() ? "empty" : "too long");
        }
        long value = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                throw new CellException("not digits");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Decimal yuan ("12.30", "-5", "1,234.50" is refused) to fen, exactly and without floating
     * point; more than two decimals are accepted only when the extra ones are zeros. The sign is
     * dropped: statement amounts are positive and the direction comes from the type.
     */
    public static long yuanToFen(String cell) {
        String text = cell.startsWith("-") || cell.startsWith("+") ? cell.substring(1) : cell;
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot + 1);
        if (whole.isEmpty() || whole.length() > 13 || fraction.length() > 6 || (dot >= 0 && fraction.isEmpty())) {
            throw new CellException("not an amount in yuan");
        }
        for (int i = 2; i < fraction.length(); i++) {
            if (fraction.charAt(i) != '0') {
                throw new CellException("more than two decimals");
            }
        }
        String cents = (fraction + "00").substring(0, 2);
        return digitsOr(whole, "not an amount in yuan") * 100 + digitsOr(cents, "not an amount in yuan");
    }

    private static long digitsOr(String text, String reason) {
        try {
            return digits(text);
        } catch (CellException e) {
            throw new CellException(reason);
        }
    }

    /** A signed S11 cell's letter (D, C, or null for blank); what it means is the profile's business. */
    public static Character signLetter(String cell) {
        if (cell.isEmpty()) {
            throw new CellException("empty");
        }
        char sign = cell.charAt(0);
        if (sign == ' ') {
            return null;
        }
        if (sign != 'D' && sign != 'C') {
            throw new CellException("sign is neither D, C nor blank");
        }
        return sign;
    }

    /**
     * A card number cell, full or already masked, reduced at once to BIN and last four. Empty is
     * null (QR lines and some CSVs carry no card).
     */
    public static MaskedPan maskCard(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        int length = cell.length();
        if (length >= 12 && length <= 19 && allDigits(cell, 0, length)) {
            return MaskedPan.fromFullPan(cell);
        }
        // Masked by the acquirer: leading digits, stars (or x), last four digits.
        int lead = 0;
        while (lead < length && lead < 6 && Character.isDigit(cell.charAt(lead))) {
            lead++;
        }
        if (length < 8 || !allDigits(cell, length - 4, length) || !isMask(cell.charAt(length - 5))) {
            throw new CellException("not a card number");
        }
        return new MaskedPan(lead == 0 ? null : cell.substring(0, lead), cell.substring(length - 4));
    }

    private static boolean isMask(char c) {
        return c == '*' || c == 'x' || c == 'X';
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * MMDDhhmmss without a year: the year is the clearing date's, or the one before when the
     * month and day come after the clearing date's (a 12-31 line in a 01-01 file). All zeros is
     * "none" (null).
     */
    public static LocalDateTime yearless(String cell, LocalDate clearingDate) {
        if (cell.length() != 10) {
            throw new CellException("not MMDDhhmmss");
        }
        long value = digits(cell);
        if (value == 0) {
            return null;
        }
        int month = (int) (value / 100_000_000L);
        int day = (int) (value / 1_000_000L % 100);
        int hour = (int) (value / 10_000 % 100);
        int minute = (int) (value / 100 % 100);
        int second = (int) (value % 100);
        try {
            MonthDay monthDay = MonthDay.of(month, day);
            int year = monthDay.isAfter(MonthDay.from(clearingDate)) ? clearingDate.getYear() - 1 : clearingDate.getYear();
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            throw new CellException("not a valid date and time");
        }
    }
}
