package org.posdesk.application.order.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.posdesk.application.order.ImportField;
import org.posdesk.application.order.ImportLine;
import org.posdesk.application.order.ImportProblem;
import org.posdesk.application.order.ImportProblem.Code;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.OrderNumber;

/**
 * Checks one row on its own (formats, the caller's stores, the clock) and reports every field
 * that is wrong, not only the first, so a merchant fixes a row once. What depends on other rows
 * or on stored orders is {@link ImportRun}'s business.
 */
final class RowValidator {

    static final String DEFAULT_CURRENCY = "CNY";
    /** Field 4 of the terminal protocol holds 12 digits; an order cannot be larger than a payment. */
    private static final long MAX_MINOR_UNITS = 999_999_999_999L;
    /** Cashier and server clocks disagree a little; a few minutes ahead is not "in the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,6})?");
    private static final Pattern ORDER_NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final DateTimeFormatter LOCAL_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .toFormatter(Locale.ROOT);

    /** A row that passed: what an order is made of. */
    record Candidate(long row, OrderNumber number, Long storeId, Money amount, Instant orderedAt) {
    }

    /**
     * @param stores      the merchant's stores by code
     * @param confinedTo  the only stores the caller may act for; empty: all of the merchant's
     * @param json        name fields as the JSON body does, not as the CSV header
     */
    record Context(Map<String, Long> stores, Set<Long> confinedTo, ZoneId zone, Instant now, boolean json) {
    }

    private final Context context;

    RowValidator(Context context) {
        this.context = context;
    }

    /** The row as an order, or the problems that keep it from being one (never both). */
    Result check(ImportLine line) {
        List<ImportProblem> problems = new ArrayList<>();
        OrderNumber number = orderNumber(line, problems);
        Long storeId = store(line, problems);
        Money amount = amount(line, problems);
        Instant orderedAt = orderedAt(line, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new Candidate(line.row(), number, storeId, amount, orderedAt), List.of());
    }

    record Result(Candidate candidate, List<ImportProblem> problems) {
    }

    private OrderNumber orderNumber(ImportLine line, List<ImportProblem> problems) {
        String value = trim(line.orderNumber());
        if (value == null) {
            problems.add(problem(line, ImportField.ORDER_NUMBER, Code.REQUIRED, null, null));
            return null;
        }
        if (!ORDER_NUMBER.matcher(value).matches()) {
            problems.add(problem(line, ImportField.ORDER_NUMBER, Code.ORDER_NUMBER_FORMAT, value, null));
            return null;
        }
        return OrderNumber.of(value);
    }

    private Long store(ImportLine line, List<ImportProblem> problems) {
        String code = trim(line.store());
        if (code == null) {
            if (!context.confinedTo().isEmpty()) {
                problems.add(problem(line, ImportField.STORE, Code.STORE_REQUIRED, null, null));
            }
            return null;
        }
        Long id = context.stores().get(code);
        if (id == null) {
            problems.add(problem(line, ImportField.STORE, Code.STORE_UNKNOWN, code, null));
            return null;
        }
        if (!context.confinedTo().isEmpty() && !context.confinedTo().contains(id)) {
            problems.add(problem(line, ImportField.STORE, Code.STORE_NOT_YOURS, code, null));
            return null;
        }
        return id;
    }

    private Money amount(ImportLine line, List<ImportProblem> problems) {
        String currency = currency(line, problems);
        String value = trim(line.amount());
        if (value == null) {
            problems.add(problem(line, ImportField.AMOUNT, Code.REQUIRED, null, null));
            return null;
        }
        if (!AMOUNT.matcher(value).matches()) {
            problems.add(problem(line, ImportField.AMOUNT, Code.AMOUNT_FORMAT, value, null));
            return null;
        }
        if (currency == null) {
            return null;
        }
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        BigDecimal minor = new BigDecimal(value).movePointRight(digits);
        if (minor.stripTrailingZeros().scale() > 0) {
            problems.add(problem(line, ImportField.AMOUNT, Code.AMOUNT_TOO_PRECISE, value, Integer.toString(digits)));
            return null;
        }
        if (minor.signum() <= 0) {
            problems.add(problem(line, ImportField.AMOUNT, Code.AMOUNT_NOT_POSITIVE, value, null));
            return null;
        }
        if (minor.compareTo(BigDecimal.valueOf(MAX_MINOR_UNITS)) > 0) {
            problems.add(problem(line, ImportField.AMOUNT, Code.AMOUNT_TOO_LARGE, value, null));
            return null;
        }
        return Money.of(minor.longValueExact(), currency);
    }

    private String currency(ImportLine line, List<ImportProblem> problems) {
        String value = trim(line.currency());
        if (value == null) {
            return DEFAULT_CURRENCY;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (CURRENCY.matcher(code).matches()) {
            try {
                Currency.getInstance(code);
                return code;
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problems.add(problem(line, ImportField.CURRENCY, Code.CURRENCY_UNKNOWN, value, null));
        return null;
    }

    /** Local times are the merchant's wall clock; a time with an offset is taken as written. */
    private Instant orderedAt(ImportLine line, List<ImportProblem> problems) {
        String value = trim(line.orderedAt());
        if (value == null) {
            return context.now();
        }
        Instant at;
        try {
            at = LocalDateTime.parse(value, LOCAL_TIME).atZone(context.zone()).toInstant();
        } catch (DateTimeParseException local) {
            try {
                at = OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException offset) {
                problems.add(problem(line, ImportField.ORDERED_AT, Code.ORDERED_AT_FORMAT, value, null));
                return null;
            }
        }
        if (at.isAfter(context.now().plus(CLOCK_SKEW))) {
            problems.add(problem(line, ImportField.ORDERED_AT, Code.ORDERED_AT_FUTURE, value, null));
            return null;
        }
        return at;
    }

    private ImportProblem problem(ImportLine line, ImportField field, Code code, String value, String detail) {
        return new ImportProblem(line.row(), name(field), code, value, detail);
    }

    String name(ImportField field) {
        return context.json() ? field.jsonName() : field.csvName();
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
