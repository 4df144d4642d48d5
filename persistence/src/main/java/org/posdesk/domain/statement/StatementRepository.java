package org.posdesk.domain.statement;

import java.util.Optional;

/** Statements by id and by content hash (to recognise a re-delivered file). */
public interface StatementRepository {

    void add(Statement statement);

    Optional<Statement> findById(long id);

    Optional<Statement> findByContentHash(String contentHash);
}
