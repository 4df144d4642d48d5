/** HTTP resources for machines (load balancers, monitoring, integrations), under {@code /api}. */
package org.posdesk.interfaces.rest;
