/** Deployment settings from system properties and the environment, as the CLI scripts take theirs. */
package org.posdesk.infrastructure.config;
