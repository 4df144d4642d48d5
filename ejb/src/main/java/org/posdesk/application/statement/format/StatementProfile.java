package org.posdesk.application.statement.format;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one acquirer writes its statements, read from a properties text so that a new acquirer is
 * configuration (see the built-in profiles next to this class for every key). Immutable.
 *
 * <p>Field mapping keys ({@code map.<target>=<source>}) name a field of the fixed-width table or a
 * header of the delimited file (or {@code #n}, its 1-based column). Targets: tid, mid, rrn, stan,
 * batch, type, amount, fee, net, card, authCode, time, date, originalStan, originalRrn,
 * originalTime, orderNumber, debitCredit, institution.
 */
public final class StatementProfile {

    public enum Family { FIXED_WIDTH, DELIMITED }

    public enum MoneyUnit { FEN, YUAN }

    /** The type a type key maps to when the line is not a payment (a balance inquiry): not imported. */
    public static final String SKIP = "SKIP";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final List<String> TYPES = List.of("SALE", "VOID", "REFUND", "REVERSAL", "PRE_AUTH",
            "PRE_AUTH_COMPLETION", SKIP);

    private final Properties source;
    private final String name;
    private final String label;
    private final Family family;
    private final Charset charset;
    private final String currency;
    private final MoneyUnit money;
    private final BadLinePolicy badLines;
    private final String debitCreditMeaning;
    private final Map<String, String> mapping;
    private final List<String> typeKey;
    private final Map<String, String> types;
    private final Map<String, String> mids;
    private final List<FixedField> fields;
    private final int shortRecordFields;
    private final List<String> columns;
    private final Pattern fileNamePattern;
    private final DateTimeFormatter fileNameDate;

    private StatementProfile(Properties p) {
        this.source = p;
        this.name = required(p, "name");
        if (!NAME.matcher(name).matches()) {
            throw invalid("name must be lower case letters, digits and dashes, at most 32");
        }
        this.label = p.getProperty("label", name);
        this.family = enumOf(Family.class, required(p, "family"), "family");
        this.charset = Charset.forName(p.getProperty("charset", "UTF-8"));
        this.currency = p.getProperty("currency", "CNY");
        this.money = enumOf(MoneyUnit.class, required(p, "money"), "money");
        this.badLines = enumOf(BadLinePolicy.class, required(p, "badLines"), "badLines");
        this.debitCreditMeaning = p.getProperty("debitCredit.meaning", "");
        this.mapping = prefixed(p, "map.");
        this.typeKey = list(p.getProperty("type.key", ""), ",");
        this.types = prefixed(p, "type.");
        this.types.remove("key");
        this.mids = prefixed(p, "mid.");
        this.fields = family == Family.FIXED_WIDTH ? fieldTable(required(p, "fields")) : List.of();
        this.shortRecordFields = Integer.parseInt(p.getProperty("fields.short", String.valueOf(fields.size())));
        this.columns = list(p.getProperty("columns", ""), ",");
        this.fileNamePattern = p.containsKey("fileName.pattern") ? Pattern.compile(p.getProperty("fileName.pattern")) : null;
        this.fileNameDate = p.containsKey("fileName.dateFormat")
                ? DateTimeFormatter.ofPattern(p.getProperty("fileName.dateFormat"), Locale.ROOT) : null;
        check();
    }

    public static StatementProfile of(Properties properties) {
        return new StatementProfile(properties);
    }

    private void check() {
        for (String target : List.of("amount", "type", "tid", "time")) {
            if (!mapping.containsKey(target) && !(target.equals("type") && !typeKey.isEmpty())) {
                throw invalid("map." + target + " is required");
            }
        }
        if (typeKey.isEmpty()) {
            throw invalid("type.key is required");
        }
        types.values().forEach(t -> {
            if (!TYPES.contains(t)) {
                throw invalid("type maps to " + t + ", not one of " + TYPES);
            }
        });
        if (family == Family.FIXED_WIDTH) {
            mapping.values().forEach(this::field);
            typeKey.forEach(k -> field(k.split(":")[0]));
            if (shortRecordFields < 1 || shortRecordFields > fields.size()) {
                throw invalid("fields.short must be between 1 and the number of fields");
            }
        } else if (separator().isEmpty()) {
            throw invalid("separator is required for a delimited profile");
        }
    }

    private static List<FixedField> fieldTable(String spec) {
        List<FixedField> table = new ArrayList<>();
        int start = 0;
        for (String entry : list(spec, ";")) {
            String[] parts = entry.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("statement profile: field '" + entry + "' is not name:FORMAT:length");
            }
            int length = Integer.parseInt(parts[2].trim());
            CellFormat format = CellFormat.valueOf(parts[1].trim());
            if (format == CellFormat.S11 && length != 12) {
                throw new IllegalArgumentException("statement profile: S11 field " + parts[0] + " is 12 bytes");
            }
            table.add(new FixedField(table.size() + 1, parts[0].trim(), start, length, format));
            // Fields are separated by one space.
            start += length + 1;
        }
        return List.copyOf(table);
    }

    private IllegalArgumentException invalid(String what) {
        return new IllegalArgumentException("statement profile " + name + ": " + what);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("statement profile " + p.getProperty("name", "?") + ": " + key
                    + " is required");
        }
        return value.trim();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("statement profile: " + key + " must be one of "
                    + Arrays.toString(type.getEnumConstants()), e);
        }
    }

    private static Map<String, String> prefixed(Properties p, String prefix) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                map.put(key.substring(prefix.length()), p.getProperty(key).trim());
            }
        }
        return map;
    }

    private static List<String> list(String text, String separator) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(Pattern.quote(separator))) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return List.copyOf(items);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public Family family() {
        return family;
    }

    public Charset charset() {
        return charset;
    }

    public String currency() {
        return currency;
    }

    public MoneyUnit money() {
        return money;
    }

    public BadLinePolicy badLines() {
        return badLines;
    }

    /** What the profile says D and C mean (public parsers disagree), shown beside the statement. */
    public String debitCreditMeaning() {
        return debitCreditMeaning;
    }

    /** The source field or column for a target, if the profile maps it. */
    public Optional<String> source(String target) {
        return Optional.ofNullable(mapping.get(target));
    }

    /** Source fields whose values, joined by dots, look up the type; {@code name:n} takes n leading characters. */
    public List<String> typeKey() {
        return typeKey;
    }

    /** The type for a key, trying the longest key first (0200.00.06, then 0200.00, then 0200). */
    public Optional<String> type(List<String> keyParts) {
        for (int n = keyParts.size(); n > 0; n--) {
            String type = types.get(String.join(".", keyParts.subList(0, n)));
            if (type != null) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The posdesk MID for an acquirer's merchant number; the number itself when unmapped. */
    public String mid(String acquirerMerchant) {
        return mids.getOrDefault(acquirerMerchant, acquirerMerchant);
    }

    public List<FixedField> fields() {
        return fields;
    }

    public FixedField field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst()
                .orElseThrow(() -> invalid("no field named " + fieldName));
    }

    /** Bytes of the short record (fields up to {@code fields.short}) and of the full one. */
    public int shortRecordLength() {
        return fields.get(shortRecordFields - 1).end();
    }

    public int recordLength() {
        return fields.isEmpty() ? 0 : fields.get(fields.size() - 1).end();
    }

    public List<String> columns() {
        return columns;
    }

    public String separator() {
        return source.getProperty("separator", "");
    }

    public List<String> requiredHeaders() {
        return list(source.getProperty("header.required", ""), ",");
    }

    /** The free-text column an unquoted separator inside a cell spills from (store names with commas). */
    public Optional<String> freeTextColumn() {
        return Optional.ofNullable(source.getProperty("freeText"));
    }

    public Optional<String> commentPrefix() {
        return Optional.ofNullable(source.getProperty("comment.prefix"));
    }

    public Optional<String> summaryLabel() {
        return Optional.ofNullable(source.getProperty("summary.label"));
    }

    /** 1-based cells of the summary row holding the detail count and the amount total. */
    public int summaryCountCell() {
        return Integer.parseInt(source.getProperty("summary.count", "2"));
    }

    public int summaryAmountCell() {
        return Integer.parseInt(source.getProperty("summary.amount", "3"));
    }

    public String format(String key, String fallback) {
        return source.getProperty(key + ".format", fallback);
    }

    /** A fixed institution for the statement, when the file does not carry one. */
    public Optional<String> institution() {
        return Optional.ofNullable(source.getProperty("institution"));
    }

    public String fileType() {
        return source.getProperty("fileType", name.toUpperCase(Locale.ROOT));
    }

    /**
     * The clearing date a file name carries ({@code fileName.pattern}'s first group read with
     * {@code fileName.dateFormat}), if the profile knows how names look and this one fits.
     */
    public Optional<LocalDate> clearingDateOf(String fileName) {
        if (fileNamePattern == null || fileNameDate == null || fileName == null) {
            return Optional.empty();
        }
        Matcher m = fileNamePattern.matcher(fileName);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1), fileNameDate));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The file type a file name carries ({@code fileName.pattern}'s second group, such as ACOMN or
     * ACOMA), else the profile's {@code fileType}: two types of one day are two statements.
     */
    public String fileTypeOf(String fileName) {
        if (fileNamePattern != null && fileName != null) {
            Matcher m = fileNamePattern.matcher(fileName);
            if (m.find() && m.groupCount() >= 2 && m.group(2) != null) {
                return m.group(2).toUpperCase(Locale.ROOT);
            }
        }
        return fileType();
    }

    /** The profile's own text, for showing it (keys sorted). */
    public Map<String, String> settings() {
        Map<String, String> sorted = new java.util.TreeMap<>();
        source.stringPropertyNames().forEach(k -> sorted.put(k, source.getProperty(k)));
        return Collections.unmodifiableMap(sorted);
    }
}
