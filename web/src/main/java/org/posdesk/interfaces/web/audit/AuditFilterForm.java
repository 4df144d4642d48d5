package org.posdesk.interfaces.web.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.posdesk.application.audit.AuditFilter;

/**
 * The audit page's filters as typed (times in China time, "yyyy-MM-dd HH:mm"), shared by the page
 * and the CSV download so both select exactly the same entries.
 */
public class AuditFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int DEFAULT_DAYS = 7;

    private String from;
    private String to;
    private String username;
    private String event;
    private String outcome;
    private String targetType;
    private String targetId;

    /** The last seven days up to the next minute. */
    public static AuditFilterForm lastWeek() {
        AuditFilterForm form = new AuditFilterForm();
        LocalDateTime end = LocalDateTime.now(ZONE).plusMinutes(1).withSecond(0).withNano(0);
        form.from = INPUT.format(end.minusDays(DEFAULT_DAYS));
        form.to = INPUT.format(end);
        return form;
    }

    /** Reads the same filters from request parameters (the CSV link); absent times mean the last week. */
    public static AuditFilterForm from(Function<String, String> parameter) {
        AuditFilterForm form = lastWeek();
        form.from = orElse(parameter.apply("from"), form.from);
        form.to = orElse(parameter.apply("to"), form.to);
        form.username = parameter.apply("user");
        form.event = parameter.apply("event");
        form.outcome = parameter.apply("outcome");
        form.targetType = parameter.apply("targetType");
        form.targetId = parameter.apply("targetId");
        return form;
    }

    /** @throws IllegalArgumentException when a time is not "yyyy-MM-dd HH:mm" or the range is empty */
    public AuditFilter toFilter() {
        Instant start = instant(from);
        Instant end = instant(to);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("from must be before to");
        }
        return new AuditFilter(start, end, username, event, outcome, targetType, targetId);
    }

    /** The parameters of {@link #from(Function)}, for the CSV link. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", from);
        p.put("to", to);
        p.put("user", username);
        p.put("event", event);
        p.put("outcome", outcome);
        p.put("targetType", targetType);
        p.put("targetId", targetId);
        p.values().removeIf(v -> v == null || v.isBlank());
        return p;
    }

    private static Instant instant(String text) {
        try {
            return LocalDateTime.parse(text == null ? "" : text.strip(), INPUT).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a time must look like 2026-11-22 09:30", e);
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }
}
