-- "Is this journal entry claimed?" asks statement_line for a line with matched_transaction_id = t.id
-- and type <> 'REVERSAL'. With the index on matched_transaction_id alone every probe read the line
-- itself for its type: a random read per journal entry, which for the million entries of a
-- clearing day's window made that read the longest step of matching (bench/statements). With the
-- type in the index the probe is answered from the index. Same name, same leading column: the
-- foreign key keeps its index and the queries naming it keep it.
ALTER TABLE statement_line
    DROP INDEX ix_statement_line_matched,
    ADD INDEX ix_statement_line_matched (matched_transaction_id, type);
