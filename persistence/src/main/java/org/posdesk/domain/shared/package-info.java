/** Value objects and base classes shared by every aggregate of the posdesk domain. */
package org.posdesk.domain.shared;
