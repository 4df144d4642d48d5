package org.posdesk.interfaces.web.batches;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the batch pages write times and money. Server instants are shown in China time, where
 * posdesk's merchants are; amounts are minor units of a two-decimal currency (CNY).
 */
final class BatchFormats {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private BatchFormats() {
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZONE));
    }

    static String time(LocalDateTime at) {
        return at == null ? "" : TIME.format(at);
    }

    /** 1234567 → "12,345.67"; grouping helps reading, and both languages write it this way. */
    static String amount(long minor) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(minor, 2));
    }

    /** As {@link #amount}, without grouping: for CSV cells a spreadsheet reads as numbers. */
    static String plainAmount(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }
}
