/**
 * The help desk: missing-order cases (opened by merchants, agents, jobs and reconciliation), the
 * agents' queue, the candidate finder and the actions that resolve a case.
 */
package org.posdesk.application.casework;
