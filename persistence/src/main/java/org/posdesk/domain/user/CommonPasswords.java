package org.posdesk.domain.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords guessers try first. Most listed ones are shorter than the policy's minimum, so a
 * long password is also refused when it is only a listed one with digits or symbols around it
 * ({@code password1234!}), the same listed word over and over ({@code qwertyqwerty}), or one
 * character or short run repeated ({@code aaaaaaaaaaaa}, {@code abcabcabcabc}).
 * The bundled list and its origin: {@code common-passwords.txt} and {@code common-passwords.NOTICE}
 * next to this class.
 */
public final class CommonPasswords {

    private static final String RESOURCE = "common-passwords.txt";
    private static final int SHORTEST_WORD = 4;
    private static final int LONG_WORD = 6;

    private static volatile CommonPasswords bundled;

    private final Set<String> words;

    public CommonPasswords(Set<String> words) {
        Set<String> lower = new HashSet<>();
        words.forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
        this.words = Set.copyOf(lower);
    }

    public static CommonPasswords bundled() {
        CommonPasswords list = bundled;
        if (list == null) {
            list = new CommonPasswords(read());
            bundled = list;
        }
        return list;
    }

    public int size() {
        return words.size();
    }

    public boolean covers(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (words.contains(lower) || isRepetition(lower)) {
            return true;
        }
        String core = trimDecoration(lower);
        if (core.length() >= SHORTEST_WORD && (words.contains(core) || repeatsListedWord(core))) {
            return true;
        }
        return startsWithListedWordThenNoLetters(lower);
    }

    // Catches the digit runs trimming cannot: 1234567890 + 123.
    private boolean startsWithListedWordThenNoLetters(String text) {
        for (int end = text.length() - 1; end >= LONG_WORD; end--) {
            if (text.substring(end).chars().noneMatch(Character::isLetter) && words.contains(text.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    // Digits and symbols tacked on at either end add little to a guessable word.
    private static String trimDecoration(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** A run of at most four characters, repeated: {@code aaaa...}, {@code 1212...}, {@code abcabc...}. */
    private static boolean isRepetition(String text) {
        for (int unit = 1; unit <= 4 && unit < text.length(); unit++) {
            if (text.length() % unit == 0 && text.equals(text.substring(0, unit).repeat(text.length() / unit))) {
                return true;
            }
        }
        return false;
    }

    private boolean repeatsListedWord(String text) {
        for (int unit = SHORTEST_WORD; unit <= text.length() / 2; unit++) {
            if (text.length() % unit == 0) {
                String word = text.substring(0, unit);
                if (words.contains(word) && text.equals(word.repeat(text.length() / unit))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> read() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return words;
    }
}
