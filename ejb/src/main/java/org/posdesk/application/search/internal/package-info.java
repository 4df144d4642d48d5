/** Implementations of the search services: stateless EJBs, the filter's checks, export writers and jobs. */
package org.posdesk.application.search.internal;
