/** People who sign in to the back office, their roles and how their passwords are hashed. */
package org.posdesk.domain.user;
