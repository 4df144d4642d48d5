package org.posdesk.application.terminal.internal;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.posdesk.connector.codec.Field60;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.UploadEntry;

/**
 * Decides a {@code 30}: the fields each request of profile 1 must carry, and the form of the
 * values posdesk reads. It runs before the terminal is looked up, because a format error wins
 * over an unknown terminal and a bad MAC. Field 64 is not checked here: its absence is an
 * {@code A0}, decided by {@link Admission}.
 */
final class FormatCheck {

    private static final Set<String> TRANSACTION_CODES = Set.of("22", "23", "25", "30");

    private FormatCheck() {
    }

    /** What is wrong with the request, or empty when posdesk can read everything it needs. */
    static Optional<String> problem(IsoMessage message) {
        Optional<Field60> field60 = Wire.field60(message);
        if (message.has(60) && field60.isEmpty()) {
            return Optional.of("field 60 is malformed");
        }
        Set<Integer> missing = new TreeSet<>(required(message.mti(), field60, message.has(48)));
        missing.removeAll(message.fields());
        if (!missing.isEmpty()) {
            return Optional.of("missing fields " + missing);
        }
        return valueProblem(message, field60);
    }

    private static Set<Integer> required(String mti, Optional<Field60> field60, boolean has48) {
        String messageType = field60.map(Field60::messageType).orElse("");
        String networkCode = field60.map(Field60::networkCode).orElse("");
        Set<Integer> fields = new TreeSet<>();
        switch (mti) {
            case "0800", "0820" -> fields.addAll(Set.of(41, 42, 60));
            case "0810" -> fields.addAll(Set.of(11, 39, 41, 42, 60));
            case "0220" -> {
                fields.addAll(Set.of(2, 3, 4, 11, 12, 13, 22, 39, 41, 42, 60));
                // An offline sale never reached the acquirer, so it has no RRN or auth code.
                if (!"30".equals(messageType)) {
                    fields.addAll(Set.of(37, 38));
                }
                if ("23".equals(messageType) || "25".equals(messageType)) {
                    fields.add(61);
                }
            }
            case "0400" -> fields.addAll(Set.of(2, 3, 4, 11, 39, 41, 42, 60, 61));
            case "0500" -> fields.addAll(Set.of(11, 41, 42, 48, 60));
            case "0320" -> {
                fields.addAll(Set.of(11, 41, 42, 60));
                if ("201".equals(networkCode) && !has48) {
                    fields.addAll(Set.of(2, 3, 4, 12, 13, 37, 38));
                } else if ("202".equals(networkCode) || "207".equals(networkCode)) {
                    fields.add(48);
                }
            }
            default -> {
                // Not a request of profile 1; the gateway answers it before any check.
            }
        }
        return fields;
    }

    private static Optional<String> valueProblem(IsoMessage message, Optional<Field60> field60) {
        String mti = message.mti();
        if (Set.of("0220", "0400", "0500", "0320").contains(mti)
                && field60.map(f -> f.batch().equals("000000")).orElse(false)) {
            return Optional.of("60.2 batch 000000");
        }
        if ("0220".equals(mti) && !TRANSACTION_CODES.contains(field60.map(Field60::messageType).orElse(""))) {
            return Optional.empty(); // a 60.1 outside the profile is not allowed (12), not malformed
        }
        if (message.has(12) && !validTime(message.text(12).orElseThrow())) {
            return Optional.of("field 12 is not a time hhmmss");
        }
        if (message.has(13) && !validMonthDay(message.text(13).orElseThrow())) {
            return Optional.of("field 13 is not a date MMDD");
        }
        if (message.has(61) && !OriginalReference.parse(message.text(61).orElseThrow()).isPresent()) {
            return Optional.of("field 61 does not name an original batch and STAN");
        }
        if (!referenceOk(message, 37, 12) || !referenceOk(message, 38, 6)) {
            return Optional.of("field 37 or 38 is not alphanumeric");
        }
        if (message.has(39) && !Wire.isAlphanumeric(message.text(39).orElseThrow())) {
            return Optional.of("field 39 is not a response code");
        }
        if (message.has(49) && Wire.currency(message).isEmpty()) {
            return Optional.of("field 49 is not an ISO 4217 currency");
        }
        return field48Problem(message, field60);
    }

    private static Optional<String> field48Problem(IsoMessage message, Optional<Field60> field60) {
        String networkCode = field60.map(Field60::networkCode).orElse("");
        int length = message.text(48).map(String::length).orElse(-1);
        if ("0500".equals(message.mti()) && length != SettlementField.DIGITS) {
            return Optional.of("field 48 of a settlement must be " + SettlementField.DIGITS + " digits");
        }
        if ("0320".equals(message.mti())) {
            if (("202".equals(networkCode) || "207".equals(networkCode)) && length != 4) {
                return Optional.of("field 48 of an upload end must be 4 digits");
            }
            if ("201".equals(networkCode) && message.has(48)) {
                return packedProblem(message);
            }
        }
        return Optional.empty();
    }

    /**
     * A packed 0320 carries neither field 2 nor 4, and its entries name their scheme as profile 1
     * counts it: an entry whose scheme contradicts its BIN could never be matched with its own
     * repeat, since the journal keeps the card, not the scheme.
     */
    private static Optional<String> packedProblem(IsoMessage message) {
        Optional<List<UploadEntry>> entries = message.uploadEntries();
        if (entries.isEmpty()) {
            return Optional.of("field 48 of a batch-upload record must hold packed entries");
        }
        if (message.has(2) || message.has(4)) {
            return Optional.of("a packed batch-upload record carries neither field 2 nor 4");
        }
        for (int i = 0; i < entries.get().size(); i++) {
            UploadEntry entry = entries.get().get(i);
            if (entry.foreign() == CardScheme.isDomestic(entry.card().bin())) {
                return Optional.of("packed entry " + (i + 1) + " has scheme " + entry.scheme()
                        + " but BIN " + entry.card().bin());
            }
        }
        return Optional.empty();
    }

    private static boolean referenceOk(IsoMessage message, int field, int length) {
        Optional<String> value = Wire.reference(message, field);
        return value.isEmpty() || (value.get().length() == length && Wire.isAlphanumeric(value.get()));
    }

    private static boolean validTime(String hhmmss) {
        try {
            LocalTime.of(Integer.parseInt(hhmmss.substring(0, 2)), Integer.parseInt(hhmmss.substring(2, 4)),
                    Integer.parseInt(hhmmss.substring(4, 6)));
            return true;
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    /** February 29 is a valid MMDD: the year comes later, from the time of receipt. */
    private static boolean validMonthDay(String mmdd) {
        try {
            MonthDay.of(Integer.parseInt(mmdd.substring(0, 2)), Integer.parseInt(mmdd.substring(2, 4)));
            return true;
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return false;
        }
    }
}
