/**
 * Application services: the use cases that pages, REST resources, message-driven beans and jobs
 * call. Each returns DTOs, never entities, and decides through {@code AccessPolicy} what the
 * caller may see. Implementations live in {@code application.internal}.
 */
package org.posdesk.application;
