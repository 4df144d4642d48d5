/**
 * Acquirer statement files read by data, not by code: a {@link org.posdesk.application.statement.format.StatementProfile}
 * (a field table for fixed-width files, a column map for delimited ones, plus policy) drives one
 * generic reader per family. Readers stream line by line, mask card numbers while parsing and never
 * put a line's content into an error message (statements.md, sections A to C). The writers are the
 * inverse, used to build fixture files for tests, the benchmark and the demo.
 */
package org.posdesk.application.statement.format;
