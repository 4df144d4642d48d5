/** The administrators' jobs page. */
package org.posdesk.interfaces.web.jobs;
