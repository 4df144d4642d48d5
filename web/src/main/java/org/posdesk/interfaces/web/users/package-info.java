/** The administrators' list of users and their password resets. */
package org.posdesk.interfaces.web.users;
