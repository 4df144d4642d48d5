package org.posdesk.application.statement.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posdesk.domain.statement.LineData;

/** Profiles are data: the built-ins load, and a new acquirer is a file, not code. */
class StatementProfilesTest {

    @Test
    void theBuiltInProfilesLoadWithTheirPolicies() {
        StatementProfile acomn = StatementFiles.ACOMN;
        assertThat(acomn.family()).isEqualTo(StatementProfile.Family.FIXED_WIDTH);
        assertThat(acomn.fields()).hasSize(39);
        assertThat(acomn.shortRecordLength()).isEqualTo(299);
        assertThat(acomn.recordLength()).isEqualTo(500);
        assertThat(acomn.field("rrn").start()).isEqualTo(143);
        assertThat(acomn.field("originalDateTime").start()).isEqualTo(241);
        assertThat(acomn.field("orderId").start()).isEqualTo(323);
        assertThat(acomn.badLines()).isEqualTo(BadLinePolicy.ALL_OR_NOTHING);
        StatementProfile csv = StatementFiles.ALLINPAY;
        assertThat(csv.columns()).hasSize(34);
        assertThat(csv.badLines()).isEqualTo(BadLinePolicy.GOOD_LINES);
        assertThat(csv.charset().name()).isEqualTo("GBK");
    }

    @Test
    void aNewAcquirerIsAPropertiesFileInTheProfileFolder(@TempDir Path folder) throws Exception {
        // 通联 云商通 style: '|'-separated, fen, yyyyMMddHHmmss, no header row.
        Files.writeString(folder.resolve("ysst.properties"), """
                name=allinpay-ysst
                family=DELIMITED
                charset=UTF-8
                money=FEN
                badLines=GOOD_LINES
                separator=|
                columns=tid,time,type,rrn,amount,mid
                map.tid=tid
                map.time=time
                time.format=yyyyMMddHHmmss
                map.rrn=rrn
                map.amount=amount
                map.mid=mid
                mid.YS0001=898310048990001
                type.key=type
                type.PAY=SALE
                type.REFUND=REFUND
                """, StandardCharsets.UTF_8);
        StatementProfiles profiles = StatementProfiles.load(folder);
        assertThat(profiles.all()).extracting(StatementProfile::name)
                .contains("unionpay-acomn", "allinpay-pos-csv", "allinpay-ysst");
        StatementProfile ysst = profiles.find("allinpay-ysst").orElseThrow();
        byte[] content = "T0000001|20261121101500|PAY|RRN000000001|1999|YS0001\n".getBytes(StandardCharsets.UTF_8);
        List<LineOutcome> out = StatementFiles.read(ysst, content, null);
        LineData d = StatementFiles.parsed(out.get(0)).data();
        assertThat(d.amount().minorUnits()).isEqualTo(1999);
        assertThat(d.mid()).as("mapped by configuration").isEqualTo("898310048990001");
        assertThat(d.transactionTime()).hasHour(10).hasMinute(15);
    }

    @Test
    void aProfileMissingWhatItNeedsIsRefusedWhenLoaded() {
        String text = "name=broken\nfamily=FIXED_WIDTH\nmoney=FEN\nbadLines=GOOD_LINES\nfields=a:N:3\n"
                + "map.amount=a\nmap.tid=nope\nmap.time=a\ntype.key=a\n";
        assertThatThrownBy(() -> StatementProfiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no field named nope");
    }

    @Test
    void gotcha3and4_otherDateFormatsAreConfigurationAndTimesStayBeijingLocal() throws Exception {
        // A wallet-style export: one "yyyy-MM-dd HH:mm:ss" cell, backtick-prefixed cells, yuan.
        String text = "name=wallet-like\nfamily=DELIMITED\ncharset=UTF-8\nmoney=YUAN\nbadLines=GOOD_LINES\n"
                + "separator=,\nheader.required=交易时间,金额\nmap.time=交易时间\ntime.format=yyyy-MM-dd HH:mm:ss\n"
                + "map.tid=设备号\nmap.amount=金额\nmap.orderNumber=商户订单号\ntype.key=交易状态\n"
                + "type.SUCCESS=SALE\ntype.REFUND=REFUND\n";
        StatementProfile wallet = StatementProfiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        byte[] content = ("交易时间,设备号,交易状态,金额,商户订单号\n"
                + "`2026-01-01 00:05:00,`T0000001,`SUCCESS,`0.01,`4200000001\t\n"
                + "`2025-12-31 23:59:59,`T0000001,`REFUND,`0.01,`4200000001\t\n").getBytes(StandardCharsets.UTF_8);
        List<LineOutcome> out = StatementFiles.read(wallet, content, null);
        LineData first = StatementFiles.parsed(out.get(0)).data();
        assertThat(first.transactionTime()).isEqualTo(java.time.LocalDateTime.of(2026, 1, 1, 0, 5));
        assertThat(first.orderNumber()).isEqualTo("4200000001");
        LineData refund = StatementFiles.parsed(out.get(1)).data();
        assertThat(refund.type()).isEqualTo("REFUND");
        assertThat(refund.transactionTime()).as("kept as written, not shifted to UTC")
                .isEqualTo(java.time.LocalDateTime.of(2025, 12, 31, 23, 59, 59));
        assertThat(refund.orderNumber()).as("a refund names its original's order number").isEqualTo(first.orderNumber());
    }
}
