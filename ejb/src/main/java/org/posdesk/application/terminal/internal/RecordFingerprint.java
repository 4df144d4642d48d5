package org.posdesk.application.terminal.internal;

import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.MaskedCard;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.shared.AuthCode;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Rrn;

/**
 * What two records of one (TID, batch, STAN) are compared on: processing code, amount, masked
 * card, terminal date/time, RRN and auth code. Equal fingerprints make a repeat; different ones
 * a conflict. The time is compared as the terminal sent it (MMDDhhmmss): the year posdesk adds
 * depends on when a copy arrives, and a repeat across New Year is still a repeat.
 */
record RecordFingerprint(String processingCode, long amountMinor, String bin, String lastFour,
                         String monthDayTime, String rrn, String authCode) {

    static RecordFingerprint of(CardTransaction stored) {
        MaskedPan card = stored.getCard().orElse(null);
        return new RecordFingerprint(stored.getProcessingCode(), stored.getAmount().minorUnits(),
                card == null ? null : card.bin(), card == null ? null : card.lastFour(),
                TerminalClock.monthDayTime(stored.getTerminalTime()),
                stored.getRrn().map(Rrn::value).orElse(null), stored.getAuthCode().map(AuthCode::value).orElse(null));
    }

    /** From an advice or a single batch-upload record; {@link FormatCheck} has vouched for the fields. */
    static RecordFingerprint of(IsoMessage message) {
        MaskedCard card = message.card().orElse(null);
        return new RecordFingerprint(message.text(3).orElseThrow(), Long.parseLong(message.text(4).orElseThrow()),
                card == null ? null : card.bin(), card == null ? null : card.lastFour(),
                message.text(13).orElseThrow() + message.text(12).orElseThrow(),
                Wire.reference(message, 37).orElse(null), Wire.reference(message, 38).orElse(null));
    }

    boolean sameRecordAs(RecordFingerprint other) {
        return equals(other);
    }
}
