package org.posdesk.application.statement.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.posdesk.application.statement.format.StatementFiles.ACOMN;
import static org.posdesk.application.statement.format.StatementFiles.concat;
import static org.posdesk.application.statement.format.StatementFiles.parsed;
import static org.posdesk.application.statement.format.StatementFiles.read;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.statement.LineData;

/** The UnionPay ACOMN profile through the fixed-width reader: one test per gotcha of statements.md §C. */
class FixedWidthReaderTest {

    private static final String PAN = "6222021234567890123";
    private static final LocalDate CLEARING = LocalDate.of(2026, 11, 22);
    private static final LocalDateTime TIME = LocalDateTime.of(2026, 11, 21, 14, 5, 9);
    private final FixedWidthWriter writer = new FixedWidthWriter(ACOMN);

    private Map<String, String> sale() {
        return Fixtures.acomn("SALE", "T0000001", "898310048990001", "112233445566", "000123", 12345, PAN, TIME);
    }

    private byte[] line(Map<String, String> values) {
        return writer.line(values, false);
    }

    @Test
    void aSaleIsReadFieldByFieldWithTheCardMasked() {
        LineData d = parsed(read(ACOMN, line(sale()), CLEARING).get(0)).data();
        assertThat(d.lineNumber()).isEqualTo(1);
        assertThat(d.type()).isEqualTo("SALE");
        assertThat(d.tid()).isEqualTo("T0000001");
        assertThat(d.mid()).isEqualTo("898310048990001");
        assertThat(d.rrn()).isEqualTo("112233445566");
        assertThat(d.stan()).isEqualTo("000123");
        assertThat(d.amount().minorUnits()).isEqualTo(12345);
        assertThat(d.amount().currency()).isEqualTo("CNY");
        assertThat(d.card()).isEqualTo(new MaskedPan("622202", "0123"));
        assertThat(d.authCode()).isEqualTo("A1B2C3");
        assertThat(d.transactionTime()).isEqualTo(TIME);
        assertThat(d.original().isEmpty()).isTrue();
        assertThat(d.debitCredit()).isEqualTo('D');
        assertThat(d.toString()).doesNotContain("2345678901");
    }

    @Test
    void gotcha1_gbkTextIsSlicedAsBytesSoLaterFieldsDoNotShift() {
        Map<String, String> v = sale();
        v.put("acquirer", "银联上海");
        v.put("other", "测试商户");
        byte[] bytes = line(v);
        assertThat(bytes.length).as("widths count bytes").isEqualTo(ACOMN.shortRecordLength() + 2);
        StatementReader reader = StatementReader.open(ACOMN, new java.io.ByteArrayInputStream(bytes), CLEARING);
        LineData d = parsed(next(reader)).data();
        assertThat(d.tid()).isEqualTo("T0000001");
        assertThat(d.rrn()).isEqualTo("112233445566");
        assertThat(d.amount().minorUnits()).isEqualTo(12345);
        assertThat(reader.institution()).isEqualTo("银联上海");
        // What slicing decoded text would have done: the TID read 4 characters too far.
        String decoded = new String(bytes, java.nio.charset.Charset.forName("GBK"));
        assertThat(decoded.substring(118, 126)).isNotEqualTo("T0000001");
    }

    @Test
    void gotcha2_moneyIsFenAndTheDebitCreditLetterIsKeptRaw() {
        Map<String, String> credit = sale();
        credit.put("amount", "999999999999");
        credit.put("switchingFee", "C00000000012");
        Map<String, String> blank = sale();
        blank.put("switchingFee", "");
        Map<String, String> wrong = sale();
        List<LineOutcome> out = read(ACOMN, concat(line(credit), line(blank), line(wrong)), CLEARING);
        assertThat(parsed(out.get(0)).data().amount().minorUnits()).isEqualTo(999_999_999_999L);
        assertThat(parsed(out.get(0)).data().debitCredit()).isEqualTo('C');
        assertThat(parsed(out.get(1)).data().debitCredit()).isNull();
        byte[] x = line(wrong);
        x[ACOMN.field("switchingFee").start()] = 'X';
        LineOutcome bad = read(ACOMN, x, CLEARING).get(0);
        assertThat(bad).isInstanceOf(LineOutcome.Bad.class);
        assertThat(((LineOutcome.Bad) bad).field()).contains("switchingFee");
    }

    @Test
    void gotcha3_yearlessTimesInANewYearFileBelongToTheYearBefore() {
        Map<String, String> lateSale = Fixtures.acomn("SALE", "T0000001", "898310048990001", "112233445566", "000123",
                100, PAN, LocalDateTime.of(2025, 12, 31, 23, 30, 0));
        Map<String, String> v = Fixtures.withOriginal(Fixtures.acomn("VOID", "T0000001", "898310048990001",
                "112233445567", "000124", 100, PAN, LocalDateTime.of(2026, 1, 1, 0, 10)), "000123",
                LocalDateTime.of(2025, 12, 31, 23, 30, 0));
        List<LineOutcome> out = read(ACOMN, concat(line(lateSale), line(v)), LocalDate.of(2026, 1, 1));
        assertThat(parsed(out.get(0)).data().transactionTime()).isEqualTo(LocalDateTime.of(2025, 12, 31, 23, 30));
        LineData voided = parsed(out.get(1)).data();
        assertThat(voided.type()).isEqualTo("VOID");
        assertThat(voided.transactionTime()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 10));
        assertThat(voided.original().stan()).isEqualTo("000123");
        assertThat(voided.original().time()).isEqualTo(LocalDateTime.of(2025, 12, 31, 23, 30));
    }

    @Test
    void gotcha6_blankLinesDoNotEndParsingAndLineNumbersStayPhysical() {
        byte[] content = concat(line(sale()), "\r\n   \r\n".getBytes(StandardCharsets.US_ASCII), line(sale()));
        List<LineOutcome> out = read(ACOMN, content, CLEARING);
        assertThat(out).hasSize(2);
        assertThat(out.get(1).lineNumber()).isEqualTo(4);
    }

    @Test
    void gotcha7_voidsRefundsAndReversalsAreTypedByMtiAndProcessingCodeNeverByAmount() {
        byte[] content = concat(
                line(Fixtures.acomn("SALE", "T1", "M1", "R1", "000001", 100, PAN, TIME)),
                line(Fixtures.acomn("VOID", "T1", "M1", "R2", "000002", 100, PAN, TIME)),
                line(Fixtures.acomn("REFUND", "T1", "M1", "R3", "000003", 100, PAN, TIME)),
                line(Fixtures.acomn("REVERSAL", "T1", "M1", "R4", "000004", 100, PAN, TIME)),
                line(Fixtures.acomn("PRE_AUTH", "T1", "M1", "R5", "000005", 100, PAN, TIME)),
                line(Fixtures.acomn("PRE_AUTH_COMPLETION", "T1", "M1", "R6", "000006", 100, PAN, TIME)));
        Map<String, String> inquiry = Fixtures.acomn("SALE", "T1", "M1", "R7", "000007", 0, PAN, TIME);
        inquiry.put("processingCode", "300000");
        Map<String, String> unknown = Fixtures.acomn("SALE", "T1", "M1", "R8", "000008", 100, PAN, TIME);
        unknown.put("mti", "0800");
        List<LineOutcome> out = read(ACOMN, concat(content, line(inquiry), line(unknown)), CLEARING);
        assertThat(out.subList(0, 6)).extracting(o -> parsed(o).data().type()).containsExactly("SALE", "VOID",
                "REFUND", "REVERSAL", "PRE_AUTH", "PRE_AUTH_COMPLETION");
        assertThat(out).as("the balance inquiry is not imported").hasSize(7);
        assertThat(out.get(6)).isInstanceOf(LineOutcome.Bad.class);
        assertThat(out.get(6).lineNumber()).isEqualTo(8);
        assertThat(((LineOutcome.Bad) out.get(6)).reason()).isEqualTo("unknown transaction type");
    }

    @Test
    void gotcha8_qrLinesWithoutAuthCodeAndAlphanumericMidAreRead() {
        Map<String, String> qr = sale();
        qr.put("authCode", "");
        qr.put("mid", "QR8983100ABC01");
        qr.put("pan", "");
        LineData d = parsed(read(ACOMN, line(qr), CLEARING).get(0)).data();
        assertThat(d.authCode()).isNull();
        assertThat(d.mid()).isEqualTo("QR8983100ABC01");
        assertThat(d.card()).isNull();
    }

    @Test
    void gotcha9_badLinesNeverQuoteTheLineOrTheCard() {
        Map<String, String> v = sale();
        v.put("amount", "");
        byte[] bytes = line(v);
        // Spaces where the amount's digits belong.
        Arrays.fill(bytes, ACOMN.field("amount").start(), ACOMN.field("amount").end(), (byte) ' ');
        LineOutcome.Bad bad = (LineOutcome.Bad) read(ACOMN, bytes, CLEARING).get(0);
        assertThat(bad.message()).isEqualTo("line 1, field 6 amount (bytes 62-73): not digits");
        assertThat(bad.message()).doesNotContain("6222021234567890123").doesNotContain("T0000001");
    }

    @Test
    void gotcha10_shortAndLongRecordsTrimmedLinesAndDriftedSeparators() {
        Map<String, String> longRecord = sale();
        longRecord.put("orderId", "ORD-2026-0001");
        byte[] longLine = writer.line(longRecord, true);
        assertThat(longLine.length).isEqualTo(502);
        byte[] trimmed = new String(line(sale()), StandardCharsets.ISO_8859_1).stripTrailing()
                .concat("\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(trimmed.length).isLessThan(ACOMN.shortRecordLength());
        byte[] trimmedLong = new String(writer.line(longRecord, true), StandardCharsets.ISO_8859_1).stripTrailing()
                .concat("\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] drifted = concat(Arrays.copyOfRange(line(sale()), 0, 50), new byte[] {'9'},
                Arrays.copyOfRange(line(sale()), 50, ACOMN.shortRecordLength() + 2));
        byte[] tooLong = concat(writer.record(longRecord, true), "XX\r\n".getBytes(StandardCharsets.US_ASCII));

        List<LineOutcome> out = read(ACOMN, concat(line(sale()), longLine, trimmed, trimmedLong, drifted, tooLong), CLEARING);
        assertThat(parsed(out.get(0)).data().orderNumber()).isNull();
        assertThat(parsed(out.get(1)).data().orderNumber()).isEqualTo("ORD-2026-0001");
        assertThat(parsed(out.get(2)).data().amount().minorUnits()).isEqualTo(12345);
        assertThat(parsed(out.get(3)).data().orderNumber()).isEqualTo("ORD-2026-0001");
        LineOutcome.Bad drift = (LineOutcome.Bad) out.get(4);
        assertThat(drift.lineNumber()).isEqualTo(5);
        assertThat(drift.message()).startsWith("line 5, field 5 pan").contains("separator");
        LineOutcome.Bad longer = (LineOutcome.Bad) out.get(5);
        assertThat(longer.message()).isEqualTo("line 6: longer than the 500-byte record");
    }

    @Test
    void crlfAndLfFilesReadAlike() {
        byte[] crlf = concat(line(sale()), line(sale()));
        byte[] lf = new String(crlf, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] noFinalNewline = Arrays.copyOf(lf, lf.length - 1);
        List<LineOutcome> a = read(ACOMN, crlf, CLEARING);
        assertThat(a).hasSize(2).allMatch(o -> o instanceof LineOutcome.Parsed);
        assertThat(read(ACOMN, lf, CLEARING)).isEqualTo(a);
        assertThat(read(ACOMN, noFinalNewline, CLEARING)).isEqualTo(a);
    }

    @Test
    void theClearingDateComesFromTheFileName() {
        assertThat(ACOMN.clearingDateOf("IND26112201ACOMN")).contains(CLEARING);
        assertThat(ACOMN.clearingDateOf("IND26112232ACOMA.gz")).contains(CLEARING);
        assertThat(ACOMN.clearingDateOf("statement.txt")).isEmpty();
    }

    private static LineOutcome next(StatementReader reader) {
        try {
            return reader.next();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
