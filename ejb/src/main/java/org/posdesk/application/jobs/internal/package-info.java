/** The job desk bean. */
package org.posdesk.application.jobs.internal;
