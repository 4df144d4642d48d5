/** Implementations of the application services: stateless EJBs, short methods, one transaction each. */
package org.posdesk.application.internal;
