/** The beans behind statement import; see {@link org.posdesk.application.statement.StatementImports}. */
package org.posdesk.application.statement.internal;
