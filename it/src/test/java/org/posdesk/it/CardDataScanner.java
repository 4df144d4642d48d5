package org.posdesk.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds cardholder data where none may be: full card numbers and magnetic-stripe track data in
 * pages, exports, database columns and logs.
 *
 * <p>The rule for a card number, chosen so that the digits a back office is full of do not raise
 * false alarms:
 * <ul>
 *   <li>a run of 13 to 19 digits with no letter or digit on either side, or 16 digits written in
 *       groups of four with one space or dash between them: a number inside a longer run or glued
 *       to letters (hex hashes, Faces ids, 20-digit keys) is not read as a card, nor is either side
 *       of a decimal point (a chart's coordinate such as {@code 994.40000000000002});</li>
 *   <li>its first digit is 3, 4, 5 or 6, where American Express, JCB, Diners, Visa, Mastercard,
 *       UnionPay and Discover issue: timestamps (20261122…, 1763…), sequence ids and RRNs (12
 *       digits) start elsewhere or are too short. The price is Mastercard's 2-series (2221–2720),
 *       which is left out because every timestamp of this century starts with 20;</li>
 *   <li>its last digit is the Luhn check digit of the others, as on every issued card; nine in ten
 *       random numbers fail this.</li>
 * </ul>
 * Track data is the stripe's own shape whatever the digits: track 2 is {@code ;PAN=YYMM…} (the
 * separator is {@code D} in binary-coded form), track 1 is {@code %BPAN^NAME^YYMM}. Hits are
 * reported masked, so a failing test does not itself write the number into the build log.
 */
public final class CardDataScanner {

    private static final Pattern DIGIT_RUN = Pattern.compile(
            "(?<![0-9A-Za-z])(?<![0-9]\\.)[0-9]{13,19}(?![0-9A-Za-z])(?!\\.[0-9])");
    private static final Pattern GROUPED = Pattern.compile(
            "(?<![0-9A-Za-z])[0-9]{4}([ -])[0-9]{4}\\1[0-9]{4}\\1[0-9]{4}(?![0-9A-Za-z])");
    private static final Pattern TRACK_2 = Pattern.compile("(?<![0-9A-Za-z]);?[0-9]{13,19}[=D][0-9]{4}");
    // Mojarra's server-side view state id is two random longs: digits that can pass for a card.
    private static final Pattern VIEW_STATE = Pattern.compile(
            "<input[^>]*jakarta\\.faces\\.(ViewState|ClientWindow)[^>]*>"
                    + "|<update id=\"[^\"]*jakarta\\.faces\\.(ViewState|ClientWindow)[^\"]*\">.*?</update>",
            Pattern.DOTALL);
    private static final Pattern TRACK_1 = Pattern.compile("%?B[0-9]{13,19}\\^[^^\\r\\n]{2,26}\\^[0-9]{4}");

    private CardDataScanner() {
    }

    /** Every card number and piece of track data in the text, masked to BIN and last four. */
    public static List<String> findings(CharSequence text) {
        List<String> hits = new ArrayList<>();
        collectCards(DIGIT_RUN.matcher(text), hits);
        collectCards(GROUPED.matcher(text), hits);
        collectTracks(TRACK_2.matcher(text), "track 2", hits);
        collectTracks(TRACK_1.matcher(text), "track 1", hits);
        return hits;
    }

    /** Fails naming {@code where} when the text holds a card number or track data. */
    public static void assertClean(String where, CharSequence text) {
        List<String> hits = findings(text);
        if (!hits.isEmpty()) {
            throw new AssertionError("cardholder data in " + where + ": " + hits);
        }
    }

    /** As {@link #assertClean}, for a Faces page or partial response: its view state id is not data. */
    public static void assertCleanPage(String where, String html) {
        assertClean(where, VIEW_STATE.matcher(html).replaceAll(""));
    }

    /**
     * Fails when an exported file holds a card number or track data: a CSV is read as UTF-8 text,
     * an XLSX (a zip) entry by entry, so the sheets and the shared strings are all read.
     */
    public static void assertCleanFile(String where, byte[] file) {
        if (file.length > 1 && file[0] == 'P' && file[1] == 'K') {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    assertClean(where + "!" + entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            assertClean(where, new String(file, StandardCharsets.UTF_8));
        }
    }

    /** A number a card issuer could have issued: a card brand's first digit and a valid check digit. */
    public static boolean looksLikeCard(String digits) {
        return digits.length() >= 13 && digits.length() <= 19 && "3456".indexOf(digits.charAt(0)) >= 0
                && luhnValid(digits);
    }

    /** ISO/IEC 7812 check: doubling every second digit from the right, the sum ends in 0. */
    public static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }

    private static void collectCards(Matcher m, List<String> hits) {
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            if (looksLikeCard(digits)) {
                hits.add("card " + mask(digits) + " at " + m.start());
            }
        }
    }

    private static void collectTracks(Matcher m, String kind, List<String> hits) {
        while (m.find()) {
            String digits = m.group().replaceAll("^[;%B]+", "").replaceAll("[=D^].*$", "");
            hits.add(kind + " " + mask(digits) + " at " + m.start());
        }
    }

    private static String mask(String digits) {
        return digits.length() < 10 ? "*".repeat(digits.length())
                : digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }
}
