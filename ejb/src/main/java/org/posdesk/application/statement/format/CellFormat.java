package org.posdesk.application.statement.format;

/**
 * Fixed-width cell formats: {@code N} digits right-aligned and zero-filled, {@code AN} text
 * left-aligned and space-filled, {@code S11} a sign letter (D, C or blank) then 11 digits.
 */
public enum CellFormat {
    N, AN, S11
}
