package org.posdesk.interfaces.web.csv;

/**
 * One cell of the portal's CSV downloads: RFC 4180 quoting, and text a spreadsheet would run as
 * a formula (a leading {@code = + - @}, tab or carriage return) defused with an apostrophe.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
