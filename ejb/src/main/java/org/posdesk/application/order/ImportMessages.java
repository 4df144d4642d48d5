package org.posdesk.application.order;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Import problems in words, Chinese or English, the same for the orders page and the REST
 * endpoint. The bundle sits beside this class so both read one text.
 */
public final class ImportMessages {

    private static final String BUNDLE = "org.posdesk.application.order.ImportMessages";

    private ImportMessages() {
    }

    /** {0} the column, {1} the value, {2} the detail. */
    public static String text(ImportProblem problem, Locale locale) {
        String pattern = bundle(locale).getString("import.problem." + problem.code().name());
        return new MessageFormat(pattern, locale).format(new Object[] {
                nullToEmpty(problem.column()), nullToEmpty(problem.value()), nullToEmpty(problem.detail())});
    }

    /** "Row 7, amount: ..." as one line, for logs of the caller and plain-text reports. */
    public static String line(ImportProblem problem, Locale locale) {
        String where = problem.row() == 0 ? bundle(locale).getString("import.file")
                : MessageFormat.format(bundle(locale).getString("import.row"), Long.toString(problem.row()));
        return where + (problem.column() == null ? "" : " · " + problem.column()) + ": " + text(problem, locale);
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ImportMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ImportMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
