-- The per-import staging tables (made LIKE this template) become MyISAM: staging three million readings cost MariaDB
-- 14 s of CPU in InnoDB (undo and redo for rows that live minutes) and 9 s in MyISAM. The rows no longer roll back
-- with the stage step's chunk: the step writes them with INSERT IGNORE on the line, so a chunk staged again after a failure
-- writes the same rows, and the check step refuses a file whose staged rows are fewer than the rows it read (a crash
-- of the machine can lose what MyISAM had not written out).
ALTER TABLE import_staging ENGINE=MyISAM;
