package org.posdesk.application.statement;

/** A statement profile as the upload page shows it, with its bad-line policy. */
public record ProfileView(String name, String label, String family, String badLinePolicy, String debitCreditMeaning,
                          boolean needsClearingDate) {
}
