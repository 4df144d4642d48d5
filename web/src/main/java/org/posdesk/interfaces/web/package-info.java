/**
 * The Faces user interface: one subpackage per use case, each holding the thin beans its pages
 * bind to; they call application services and show the DTOs those return.
 */
package org.posdesk.interfaces.web;
