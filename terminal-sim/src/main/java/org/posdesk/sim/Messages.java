package org.posdesk.sim;

import java.time.format.DateTimeFormatter;
import java.util.SortedMap;
import java.util.TreeMap;

import org.posdesk.connector.codec.IsoMessage;

/** The requests of one terminal, field by field as protocol.md lists them. */
final class Messages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMdd");

    private final String tid;
    private final String mid;

    Messages(String tid, String mid) {
        this.tid = tid;
        this.mid = mid;
    }

    IsoMessage signOn(String stan, String batch) {
        return network("0800", stan, "00" + batch + "001");
    }

    IsoMessage heartbeat(String stan, String batch) {
        return network("0820", stan, "00" + batch + "301");
    }

    /** The answer to a host-initiated 0800: echoes 11 and 60. */
    IsoMessage commandAnswer(IsoMessage command, String responseCode) {
        IsoMessage answer = IsoMessage.of("0810").with(39, responseCode).with(41, tid).with(42, mid);
        if (command.has(11)) {
            answer = answer.with(11, command.text(11).orElseThrow());
        }
        if (command.has(60)) {
            answer = answer.with(60, command.text(60).orElseThrow());
        }
        return answer;
    }

    Request advice(JournalEntry e) {
        SortedMap<Integer, String> f = transaction(e);
        f.put(22, "071");
        f.put(39, "00");
        f.put(49, "156");
        f.put(60, e.kind().messageType() + e.batch() + "000");
        if (e.orderNumber() != null) {
            f.put(63, "ORD" + e.orderNumber());
        }
        return new Request(Request.Purpose.ADVICE, "0220", f, e.sealedPan(), truth(e, e.kind().origin()), false);
    }

    /** A single batch-upload record: the original STAN in 11, no field 48. */
    Request upload(JournalEntry e) {
        SortedMap<Integer, String> f = transaction(e);
        f.put(60, e.kind().messageType() + e.batch() + "201");
        return new Request(Request.Purpose.UPLOAD, "0320", f, e.sealedPan(), truth(e, "BATCH_UPLOAD"), false);
    }

    /** {@code 202} after a settlement that did not balance, {@code 207} after one that did. */
    Request uploadEnd(String stan, String batch, int count, String code, boolean closesBatch) {
        SortedMap<Integer, String> f = header(stan);
        f.put(48, String.format("%04d", count));
        f.put(60, "00" + batch + code);
        return new Request(Request.Purpose.UPLOAD_END, "0320", f, null, null, closesBatch);
    }

    Request settlement(String stan, String batch, SettlementTotals totals) {
        SortedMap<Integer, String> f = header(stan);
        f.put(48, totals.field48());
        f.put(60, "00" + batch + "201");
        return new Request(Request.Purpose.SETTLEMENT, "0500", f, null, null, true);
    }

    /** Reversal of an advice: 11 = the original STAN, 39 = the reason ({@code 98}: no response). */
    Request reversal(JournalEntry e, String reason) {
        SortedMap<Integer, String> f = header(e.stan());
        f.put(3, e.kind().processingCode());
        f.put(4, String.format("%012d", e.amountMinor()));
        f.put(39, reason);
        f.put(60, e.kind().messageType() + e.batch() + "000");
        f.put(61, e.batch() + e.stan());
        return new Request(Request.Purpose.REVERSAL, "0400", f, e.sealedPan(), null, false);
    }

    private SortedMap<Integer, String> transaction(JournalEntry e) {
        SortedMap<Integer, String> f = header(e.stan());
        f.put(3, e.kind().processingCode());
        f.put(4, String.format("%012d", e.amountMinor()));
        f.put(12, e.terminalTime().format(TIME));
        f.put(13, e.terminalTime().format(DATE));
        f.put(37, e.rrn());
        f.put(38, e.authCode());
        if (e.kind().hasOriginal()) {
            f.put(61, e.originalBatch() + e.originalStan() + (e.originalDate() == null ? "" : e.originalDate()));
        }
        return f;
    }

    private SortedMap<Integer, String> header(String stan) {
        SortedMap<Integer, String> f = new TreeMap<>();
        f.put(11, stan);
        f.put(41, tid);
        f.put(42, mid);
        return f;
    }

    private IsoMessage network(String mti, String stan, String field60) {
        return IsoMessage.of(mti).with(11, stan).with(41, tid).with(42, mid).with(60, field60);
    }

    private static Request.Truth truth(JournalEntry e, String origin) {
        return new Request.Truth(e.kind().storedType(), origin, e.bin(), e.last4(), e.terminalTime().toString());
    }
}
