-- Each import now stages its rows in a table of its own, made LIKE this template and dropped when the import
-- ends (dropping a table is instant; deleting a million rows inside the apply transaction was not). The key
-- index goes: duplicate keys are found by one GROUP BY over the file's rows.
ALTER TABLE import_staging DROP INDEX ix_staging_key;
ALTER TABLE import_staging MODIFY import_id CHAR(36) CHARACTER SET ascii NOT NULL;
