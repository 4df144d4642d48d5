package org.posdesk.application.statement.format;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field values of typical lines of the built-in profiles, for fixture files (unit tests, ITs, the
 * benchmark and the demo). Only what a line needs is filled; callers override by name.
 */
public final class Fixtures {

    private static final DateTimeFormatter MMDD_HHMMSS = DateTimeFormatter.ofPattern("MMddHHmmss");

    private Fixtures() {
    }

    /** An ACOMN field map; type is SALE, VOID, REFUND, REVERSAL, PRE_AUTH or PRE_AUTH_COMPLETION. */
    public static Map<String, String> acomn(String type, String tid, String mid, String rrn, String trace,
                                            long amountFen, String pan, LocalDateTime time) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("acquirer", "48021000");
        v.put("forwarder", "48021000");
        v.put("trace", trace);
        v.put("transmissionTime", time.format(MMDD_HHMMSS));
        v.put("pan", pan);
        v.put("amount", Long.toString(amountFen));
        v.put("mti", switch (type) {
            case "REFUND" -> "0220";
            case "REVERSAL" -> "0420";
            case "PRE_AUTH" -> "0100";
            default -> "0200";
        });
        v.put("processingCode", switch (type) {
            case "VOID", "REFUND" -> "200000";
            case "PRE_AUTH" -> "030000";
            default -> "000000";
        });
        v.put("conditionCode", type.startsWith("PRE_AUTH") ? "06" : "00");
        v.put("mcc", "5411");
        v.put("tid", tid);
        v.put("mid", mid);
        v.put("rrn", rrn);
        v.put("authCode", "A1B2C3");
        v.put("responseCode", "00");
        v.put("entryMode", "051");
        v.put("switchingFee", "D" + "%011d".formatted(amountFen / 1000));
        v.put("issuer", "01020000");
        return v;
    }

    /** Makes an ACOMN line point at its original (a void, refund or reversal). */
    public static Map<String, String> withOriginal(Map<String, String> line, String originalTrace, LocalDateTime originalTime) {
        line.put("originalTrace", originalTrace);
        line.put("originalDateTime", originalTime.format(MMDD_HHMMSS));
        return line;
    }

    /** A 通联 merchant CSV row by column name; amounts in fen, written as yuan. */
    public static Map<String, String> allinpay(String typeLabel, String merchantNo, String store, String tid,
                                               int batch, String stan, String rrn, String card, long amountFen,
                                               long feeFen, LocalDateTime time) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("商户号", merchantNo);
        v.put("门店名称", store);
        v.put("终端号", tid);
        v.put("交易时间", time.toLocalTime().toString().length() == 5 ? time.toLocalTime() + ":00"
                : time.toLocalTime().withNano(0).toString());
        v.put("交易类型", typeLabel);
        v.put("交易批次号", "%06d".formatted(batch));
        v.put("凭证号", stan);
        v.put("参考号", rrn);
        v.put("卡号", card);
        v.put("卡类别", "借记卡");
        v.put("交易金额", yuan(amountFen));
        v.put("手续费", yuan(feeFen));
        v.put("交易日期", time.toLocalDate().toString());
        v.put("原始金额", yuan(amountFen));
        v.put("结算金额", yuan(amountFen - feeFen));
        return v;
    }

    /** Fen as yuan with two decimals, exactly. */
    public static String yuan(long fen) {
        return (fen < 0 ? "-" : "") + Math.abs(fen) / 100 + "." + "%02d".formatted(Math.abs(fen) % 100);
    }
}
