package org.posdesk.application.metrics;

import java.util.Locale;
import java.util.Map;

/**
 * Writes the figures in the Prometheus text exposition format (version 0.0.4): one HELP and TYPE
 * line per metric, then its samples. Label values here are state names, codes and job names —
 * never anything a person typed — and are escaped all the same.
 */
public final class PrometheusText {

    private final StringBuilder out = new StringBuilder(4096);

    public static String render(TerminalTraffic.Snapshot traffic, Gauges gauges) {
        PrometheusText text = new PrometheusText();
        text.traffic(traffic);
        text.gauges(gauges);
        return text.out.toString();
    }

    private void traffic(TerminalTraffic.Snapshot t) {
        header("posdesk_terminal_messages_received_total", "counter",
                "Terminal requests whose transaction committed on this node, by message type");
        t.receivedByMti().forEach((mti, n) -> sample("posdesk_terminal_messages_received_total", "mti", mti, n));
        header("posdesk_terminal_messages_answered_total", "counter",
                "Replies sent after commit on this node, by response code (field 39)");
        t.answeredByCode().forEach((code, n) -> sample("posdesk_terminal_messages_answered_total", "code", code, n));
        header("posdesk_terminal_deliveries_rolled_back_total", "counter",
                "Requests in deliveries that rolled back (each is then delivered alone and answered 96 if it fails again)");
        sample("posdesk_terminal_deliveries_rolled_back_total", null, null, t.rolledBack());
        String name = "posdesk_terminal_ack_latency_seconds";
        header(name, "histogram", "Time from a request's receipt to the commit after which it is answered");
        long cumulative = 0;
        for (int i = 0; i < TerminalTraffic.BUCKETS_MS.length; i++) {
            cumulative += t.bucketCounts()[i];
            sample(name + "_bucket", "le", seconds(TerminalTraffic.BUCKETS_MS[i]), cumulative);
        }
        sample(name + "_bucket", "le", "+Inf", t.latencyCount());
        out.append(name).append("_sum ").append(String.format(Locale.ROOT, "%.6f", t.latencySumSeconds())).append('\n');
        sample(name + "_count", null, null, t.latencyCount());
    }

    private void gauges(Gauges g) {
        header("posdesk_terminals_connected", "gauge", "Terminals connected to any node, as the database records them");
        sample("posdesk_terminals_connected", null, null, g.terminalsConnected());
        header("posdesk_terminals_connected_here", "gauge", "Terminals holding a connection to this node");
        sample("posdesk_terminals_connected_here", null, null, g.terminalsConnectedHere());
        header("posdesk_terminal_listener_up", "gauge", "1 when this node's terminal listener is bound");
        sample("posdesk_terminal_listener_up", null, null, g.listening() ? 1 : 0);
        header("posdesk_batches", "gauge", "Batches by state");
        g.batchesByState().forEach((state, n) -> sample("posdesk_batches", "state", state, n));
        header("posdesk_uploads_incomplete", "gauge", "Batches whose upload was left incomplete");
        sample("posdesk_uploads_incomplete", null, null, g.batchesByState().getOrDefault("UPLOAD_INCOMPLETE", 0L));
        header("posdesk_alerts_open", "gauge", "Alerts not yet acknowledged, by kind");
        g.alertsOpenByKind().forEach((kind, n) -> sample("posdesk_alerts_open", "kind", kind, n));
        header("posdesk_cases", "gauge", "Missing-order cases by state");
        g.casesByState().forEach((state, n) -> sample("posdesk_cases", "state", state, n));
        header("posdesk_job_runs_total", "counter", "Runs of each scheduled job, on any node");
        g.jobs().forEach((job, figures) -> sample("posdesk_job_runs_total", "job", job, figures[0]));
        header("posdesk_job_failures_total", "counter", "Failed runs of each scheduled job, on any node");
        g.jobs().forEach((job, figures) -> sample("posdesk_job_failures_total", "job", job, figures[1]));
    }

    private void header(String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private void sample(String name, String label, String value, long number) {
        out.append(name);
        if (label != null) {
            out.append('{').append(label).append("=\"").append(escape(value)).append("\"}");
        }
        out.append(' ').append(number).append('\n');
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** Keeps the order callers gave; for tests. */
    static Map<String, Long> of(Object... pairs) {
        Map<String, Long> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return map;
    }
}
