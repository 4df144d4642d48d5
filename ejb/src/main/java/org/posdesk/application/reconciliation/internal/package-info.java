/** The reconciliation beans. */
package org.posdesk.application.reconciliation.internal;
