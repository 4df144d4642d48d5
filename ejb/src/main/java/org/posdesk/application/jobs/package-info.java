/** The administrators' view of the scheduled jobs: last runs, next firings, run now, pause and resume. */
package org.posdesk.application.jobs;
