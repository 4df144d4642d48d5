/**
 * JPA implementations of the domain repositories: CDI beans that join the caller's JTA
 * transaction through the container-managed {@code posdesk} persistence context.
 */
package org.posdesk.infrastructure.persistence;
