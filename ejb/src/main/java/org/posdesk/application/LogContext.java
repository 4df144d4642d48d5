package org.posdesk.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * What every log line of a request or terminal message carries: request id and user for people,
 * TID, message type, STAN and batch for terminals. Kept in the logging MDC, so the JSON log gets
 * each as a field and the text log the short {@code ctx} summary in front of the message. Only
 * identifiers ever go in — never a card number, key or password. Close it (try-with-resources)
 * to restore what was there before.
 */
public final class LogContext implements AutoCloseable {

    public static final String REQUEST_ID = "requestId";
    public static final String USER = "user";
    public static final String TID = "tid";
    public static final String MTI = "mti";
    public static final String STAN = "stan";
    public static final String BATCH = "batch";
    /** All of the above that are set, as {@code key=value} words, for the text log's pattern. */
    public static final String SUMMARY = "ctx";
    private static final String[] KEYS = {REQUEST_ID, USER, TID, MTI, STAN, BATCH};

    private final Map<String, String> previous = new LinkedHashMap<>();

    private LogContext(Map<String, String> values) {
        for (String key : KEYS) {
            previous.put(key, MDC.get(key));
        }
        previous.put(SUMMARY, MDC.get(SUMMARY));
        values.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                MDC.put(key, value);
            }
        });
        MDC.put(SUMMARY, summary());
    }

    public static LogContext request(String requestId, String user) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(REQUEST_ID, requestId);
        values.put(USER, user);
        return new LogContext(values);
    }

    /** Adds the signed-in user to the request's context, once authentication has run. */
    public static LogContext user(String user) {
        return request(null, user);
    }

    public static LogContext terminal(String tid, String mti, String stan, String batch) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(TID, tid);
        values.put(MTI, mti);
        values.put(STAN, stan);
        values.put(BATCH, batch);
        return new LogContext(values);
    }

    static String summary() {
        StringBuilder text = new StringBuilder();
        for (String key : KEYS) {
            String value = MDC.get(key);
            if (value != null) {
                text.append(key).append('=').append(value).append(' ');
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        });
    }
}
