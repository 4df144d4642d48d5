/** The signed-in user's own password page, where a reset password must be replaced first. */
package org.posdesk.interfaces.web.password;
