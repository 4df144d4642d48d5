package org.posdesk.application.metrics;

import jakarta.ejb.Local;

/** posdesk's figures in the Prometheus text format, for {@code GET /posdesk/metrics}. */
@Local
public interface Metrics {

    String prometheusText();
}
