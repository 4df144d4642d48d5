/** The statements page: upload of acquirer statement files, the list of imports with progress, and their CSVs. */
package org.posdesk.interfaces.web.statements;
