package org.posdesk.application.casework;

/**
 * One part of a candidate's score and why it was given.
 *
 * @param code   names the rule (the pages say it in the reader's language: case.reason.&lt;code&gt;)
 * @param detail the figures behind it, e.g. "3 min" or "12.00 vs 12.50"
 */
public record CandidateReason(String code, int points, String detail) {
}
