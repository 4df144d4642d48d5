package org.posdesk.interfaces.web.search;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.posdesk.application.search.TransactionFilter;

/**
 * The filter form's fields as the page binds them: amounts in yuan as typed, the anomaly choice
 * as a select value. {@link #toFilter} makes the service's filter of them.
 */
public class SearchForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** posdesk's merchants are in China; terminal times are their wall-clock times. */
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final int DEFAULT_DAYS = 7;

    private LocalDateTime from;
    private LocalDateTime to;
    private Long storeId;
    private String tid;
    private String type;
    private String status;
    private BigDecimal minAmount;
    private BigDecimal maxAmount;
    private String cardLast4;
    private String rrn;
    private String stan;
    private String authCode;
    private String orderNumber;
    private String origin;
    private String anomaly;

    public SearchForm() {
        resetWindow();
    }

    /** The last seven days up to the end of today. */
    final void resetWindow() {
        LocalDate today = LocalDate.now(SHANGHAI);
        from = today.minusDays(DEFAULT_DAYS - 1L).atStartOfDay();
        to = today.plusDays(1).atStartOfDay();
    }

    /** A link for one day (dashboard figures link here with ?day=yyyy-MM-dd). */
    void showDay(LocalDate day) {
        from = day.atStartOfDay();
        to = day.plusDays(1).atStartOfDay();
    }

    TransactionFilter toFilter() {
        return new TransactionFilter(from, to, storeId, tid, type, status, minor(minAmount), minor(maxAmount),
                cardLast4, rrn, stan, authCode, orderNumber, origin,
                anomaly == null || anomaly.isBlank() ? null : Boolean.valueOf(anomaly));
    }

    /** Yuan as typed to fen; more than two decimals cannot be a price and is cut, not rounded up. */
    private static Long minor(BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointRight(2).setScale(0, java.math.RoundingMode.DOWN).longValueExact();
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public String getTid() {
        return tid;
    }

    public void setTid(String tid) {
        this.tid = tid;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(BigDecimal maxAmount) {
        this.maxAmount = maxAmount;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public void setCardLast4(String cardLast4) {
        this.cardLast4 = cardLast4;
    }

    public String getRrn() {
        return rrn;
    }

    public void setRrn(String rrn) {
        this.rrn = rrn;
    }

    public String getStan() {
        return stan;
    }

    public void setStan(String stan) {
        this.stan = stan;
    }

    public String getAuthCode() {
        return authCode;
    }

    public void setAuthCode(String authCode) {
        this.authCode = authCode;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getAnomaly() {
        return anomaly;
    }

    public void setAnomaly(String anomaly) {
        this.anomaly = anomaly;
    }
}
