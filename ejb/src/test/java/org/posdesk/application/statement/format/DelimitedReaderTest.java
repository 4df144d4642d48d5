package org.posdesk.application.statement.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.posdesk.application.statement.format.StatementFiles.ALLINPAY;
import static org.posdesk.application.statement.format.StatementFiles.parsed;
import static org.posdesk.application.statement.format.StatementFiles.read;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.statement.LineData;

/** The 通联 merchant CSV profile through the delimited reader: one test per gotcha of statements.md §C. */
class DelimitedReaderTest {

    private static final LocalDateTime TIME = LocalDateTime.of(2026, 11, 21, 9, 15, 30);
    private final DelimitedWriter writer = new DelimitedWriter(ALLINPAY);

    private Map<String, String> sale(String store) {
        return Fixtures.allinpay("消费", "660290000001", store, "T0000001", 12, "000045", "112233445566",
                "6222021234567890123", 1999, 12, TIME);
    }

    private byte[] file(String lineEnd, String... lines) {
        return writer.encode(List.of(lines), lineEnd);
    }

    @Test
    void aRowIsReadByHeaderNamesWithYuanAsFenAndTheCardMasked() {
        LineData d = parsed(read(ALLINPAY, file("\r\n", writer.header(), writer.row(sale("鲜果超市"))), null).get(0)).data();
        assertThat(d.lineNumber()).isEqualTo(2);
        assertThat(d.type()).isEqualTo("SALE");
        assertThat(d.tid()).isEqualTo("T0000001");
        assertThat(d.mid()).isEqualTo("660290000001");
        assertThat(d.batchNumber()).isEqualTo(12);
        assertThat(d.stan()).isEqualTo("000045");
        assertThat(d.rrn()).isEqualTo("112233445566");
        assertThat(d.amount().minorUnits()).isEqualTo(1999);
        assertThat(d.feeMinor()).isEqualTo(12);
        assertThat(d.netMinor()).isEqualTo(1987);
        assertThat(d.card()).isEqualTo(new MaskedPan("622202", "0123"));
        assertThat(d.transactionTime()).isEqualTo(TIME);
    }

    @Test
    void gotcha1_theFileIsGbk() {
        byte[] gbk = file("\r\n", writer.header(), writer.row(sale("鲜果超市")));
        assertThat(new String(gbk, Charset.forName("GBK"))).contains("终端号");
        assertThat(new String(gbk, StandardCharsets.UTF_8)).doesNotContain("终端号");
        assertThat(read(ALLINPAY, gbk, null)).hasSize(1).allMatch(o -> o instanceof LineOutcome.Parsed);
    }

    @Test
    void gotcha2_badMoneyIsABadLineNamingTheColumn() {
        Map<String, String> v = sale("鲜果超市");
        v.put("交易金额", "19.999");
        LineOutcome.Bad bad = (LineOutcome.Bad) read(ALLINPAY, file("\n", writer.header(), writer.row(v)), null).get(0);
        assertThat(bad.message()).isEqualTo("line 2, field column 交易金额: more than two decimals");
    }

    @Test
    void gotcha5_titlesCommentsAndTheSummaryAreFoundByContent() {
        Map<String, String> refund = Fixtures.allinpay("退货", "660290000001", "鲜果超市", "T0000001", 12, "000046",
                "112233445599", "622202******0123", 500, 0, TIME.plusHours(1));
        byte[] content = file("\r\n", "通联支付商户对账单", "# 对账日期 2026-11-21", writer.header(),
                writer.row(sale("鲜果超市")), "", writer.row(refund), "# 明细结束", "合计,2,24.99");
        List<LineOutcome> out = read(ALLINPAY, content, null);
        assertThat(out).extracting(LineOutcome::lineNumber).containsExactly(4, 6);
        assertThat(parsed(out.get(1)).data().type()).isEqualTo("REFUND");

        byte[] wrongCount = file("\r\n", writer.header(), writer.row(sale("鲜果超市")), "合计,2,19.99");
        assertThatThrownBy(() -> read(ALLINPAY, wrongCount, null)).isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("summary row says 2 lines");
        byte[] wrongSum = file("\r\n", writer.header(), writer.row(sale("鲜果超市")), "合计,1,19.98");
        assertThatThrownBy(() -> read(ALLINPAY, wrongSum, null)).isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("1998 fen");
        byte[] noHeader = file("\r\n", writer.row(sale("鲜果超市")));
        assertThatThrownBy(() -> read(ALLINPAY, noHeader, null)).isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("no header row");
    }

    @Test
    void gotcha6_blankLinesDoNotEndParsing() {
        List<LineOutcome> out = read(ALLINPAY, file("\r\n", writer.header(), "", writer.row(sale("A")), "  ", "",
                writer.row(sale("B"))), null);
        assertThat(out).extracting(LineOutcome::lineNumber).containsExactly(3, 6);
    }

    @Test
    void gotcha8_theCsvCarriesBatchStanAndRrnAndAnAlreadyMaskedCard() {
        Map<String, String> v = sale("鲜果超市");
        v.put("卡号", "622202******0123");
        LineData d = parsed(read(ALLINPAY, file("\r\n", writer.header(), writer.row(v)), null).get(0)).data();
        assertThat(d.card()).isEqualTo(new MaskedPan("622202", "0123"));
        assertThat(d.batchNumber()).isEqualTo(12);
    }

    @Test
    void gotcha11_backticksTabsPaddingAndCommasInsideStoreNames() {
        Map<String, String> v = sale("鲜果超市,人民路店, 2号门");
        v.replaceAll((column, value) -> value.isEmpty() ? value : "`" + value + "\t");
        Map<String, String> quoted = sale("\"鲜果超市,\"\"总店\"\"\"");
        List<LineOutcome> out = read(ALLINPAY, file("\r\n", writer.header(), writer.row(v), writer.row(quoted)), null);
        LineData d = parsed(out.get(0)).data();
        assertThat(d.tid()).isEqualTo("T0000001");
        assertThat(d.amount().minorUnits()).isEqualTo(1999);
        assertThat(d.rrn()).isEqualTo("112233445566");
        assertThat(parsed(out.get(1)).data().rrn()).isEqualTo("112233445566");
        String cut = writer.row(sale("A"));
        LineOutcome bad = read(ALLINPAY, file("\r\n", writer.header(), cut.substring(0, cut.indexOf(",19.99"))), null)
                .get(0);
        assertThat(((LineOutcome.Bad) bad).message()).isEqualTo("line 2: 12 cells where the header has 34");
    }

    @Test
    void crlfAndLfFilesReadAlike() {
        List<LineOutcome> crlf = read(ALLINPAY, file("\r\n", writer.header(), writer.row(sale("A")), writer.row(sale("B"))), null);
        List<LineOutcome> lf = read(ALLINPAY, file("\n", writer.header(), writer.row(sale("A")), writer.row(sale("B"))), null);
        assertThat(crlf).hasSize(2).isEqualTo(lf);
    }

    @Test
    void theLatestDateStandsInForAClearingDateAndUnknownLabelsAreBadLines() throws Exception {
        Map<String, String> earlier = Fixtures.allinpay("消费", "M", "A", "T0000001", 1, "000001", "R1", "", 100, 0,
                TIME.minusDays(1));
        Map<String, String> odd = sale("A");
        odd.put("交易类型", "神秘交易");
        StatementReader reader = StatementReader.open(ALLINPAY, new ByteArrayInputStream(file("\r\n", writer.header(),
                writer.row(sale("A")), writer.row(earlier), writer.row(odd))), null);
        List<LineOutcome> out = new ArrayList<>();
        for (LineOutcome o = reader.next(); o != null; o = reader.next()) {
            out.add(o);
        }
        assertThat(reader.latestDate()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(reader.institution()).isEqualTo("ALLINPAY");
        assertThat(((LineOutcome.Bad) out.get(2)).message()).isEqualTo("line 4, field column 交易类型: unknown transaction type");
    }
}
