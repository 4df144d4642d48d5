package org.posdesk.application.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void trafficIsCountedByTypeAndCodeWithACumulativeLatencyHistogram() {
        TerminalTraffic traffic = new TerminalTraffic();
        traffic.committed("0220", "00", Duration.ofMillis(3));
        traffic.committed("0220", "00", Duration.ofMillis(40));
        traffic.committed("0800", "00", Duration.ofMillis(700));
        traffic.committed("0320", "25", Duration.ofSeconds(30));
        traffic.committed("0820", null, Duration.ofMillis(1));
        traffic.rolledBack(4);

        String text = PrometheusText.render(traffic.snapshot(), gauges());

        assertThat(text).contains(
                "posdesk_terminal_messages_received_total{mti=\"0220\"} 2\n",
                "posdesk_terminal_messages_received_total{mti=\"0820\"} 1\n",
                "posdesk_terminal_messages_answered_total{code=\"00\"} 3\n",
                "posdesk_terminal_messages_answered_total{code=\"25\"} 1\n",
                "posdesk_terminal_deliveries_rolled_back_total 4\n",
                "posdesk_terminal_ack_latency_seconds_bucket{le=\"0.005\"} 2\n",
                "posdesk_terminal_ack_latency_seconds_bucket{le=\"0.050\"} 3\n",
                "posdesk_terminal_ack_latency_seconds_bucket{le=\"1.000\"} 4\n",
                "posdesk_terminal_ack_latency_seconds_bucket{le=\"10.000\"} 4\n",
                "posdesk_terminal_ack_latency_seconds_bucket{le=\"+Inf\"} 5\n",
                "posdesk_terminal_ack_latency_seconds_count 5\n",
                "posdesk_terminal_ack_latency_seconds_sum 30.744000\n");
    }

    @Test
    void gaugesCarryTheSharedStateAndEveryMetricIsTyped() {
        String text = PrometheusText.render(new TerminalTraffic().snapshot(), gauges());

        assertThat(text).contains("posdesk_terminals_connected 7\n", "posdesk_terminals_connected_here 3\n",
                "posdesk_terminal_listener_up 1\n", "posdesk_batches{state=\"UPLOAD_INCOMPLETE\"} 2\n",
                "posdesk_uploads_incomplete 2\n", "posdesk_alerts_open{kind=\"TERMINAL_OFFLINE\"} 1\n",
                "posdesk_job_runs_total{job=\"offline-gaps\"} 10\n", "posdesk_job_failures_total{job=\"offline-gaps\"} 1\n",
                "posdesk_cases{state=\"OPEN\"} 4\n");
        text.lines().filter(l -> !l.startsWith("#")).forEach(sample -> {
            String name = sample.split("[{ ]")[0].replaceAll("_(bucket|sum|count)$", "");
            assertThat(text).as("TYPE of " + name).contains("# TYPE " + name + " ");
        });
    }

    @Test
    void aGarbledTypeOrCodeCannotInventSeries() {
        TerminalTraffic traffic = new TerminalTraffic();
        traffic.committed("0\"}x", "\n9", Duration.ZERO);
        String text = PrometheusText.render(traffic.snapshot(), gauges());
        assertThat(text).contains("posdesk_terminal_messages_received_total{mti=\"other\"} 1\n",
                "posdesk_terminal_messages_answered_total{code=\"other\"} 1\n");
        assertThat(PrometheusText.escape("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c\\nd");
    }

    private static Gauges gauges() {
        return new Gauges(7, 3, true, PrometheusText.of("BALANCED", 12, "UPLOAD_INCOMPLETE", 2),
                PrometheusText.of("TERMINAL_OFFLINE", 1), Map.of("offline-gaps", new long[] {10, 1}),
                PrometheusText.of("OPEN", 4));
    }
}
