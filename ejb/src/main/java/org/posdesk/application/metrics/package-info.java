/**
 * posdesk's own operating figures for monitoring: the terminal traffic this node answered (kept in
 * memory, per node, as Prometheus expects of each scraped instance) and the shared state read from
 * the database at scrape time.
 */
package org.posdesk.application.metrics;
