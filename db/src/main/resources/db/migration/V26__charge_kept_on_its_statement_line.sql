-- A month's charge of a service is kept on that service's statement line: the same key (period, account, service),
-- written by the same close in the same transaction, and every charge has its line (a service charged is a service
-- of the statement, if only with a zero). Two rows of three indexes each made the close's largest writes (a month of
-- 100,000 accounts: 850,000 charges and as many statement lines, 23 of the close's 40 s of statement time); one row
-- now holds both. `charge` stays as a view of the lines that carry a charge (the rate is set on every charge), so
-- what reads charges reads them as before.
--
-- The lines are copied into a new table in key order, not widened where they are: an UPDATE of every line took 328 s
-- for 12 million lines here and left the table's pages split all through (the next closes 23-28 s instead of 13-15 s);
-- the copy into an empty table, without the row-by-row checks (the rows come from tables with the same keys and
-- foreign keys), took 89 s for 10 million.
-- A copy left by an attempt that failed before its RENAME (the originals then stand untouched): made afresh.
DROP TABLE IF EXISTS account_statement_next;
CREATE TABLE account_statement_next LIKE account_statement;
ALTER TABLE account_statement_next
    ADD COLUMN volume         DECIMAL(18,6) NULL,
    ADD COLUMN rate           DECIMAL(18,6) NULL,
    ADD COLUMN charge_amount  DECIMAL(15,2) NULL,
    ADD COLUMN common_volume  DECIMAL(18,6) NULL,
    ADD COLUMN common_amount  DECIMAL(15,2) NULL,
    ADD COLUMN volume_basis   VARCHAR(16)   NULL,
    ADD COLUMN reversed       DECIMAL(15,2) NULL;

SET SESSION foreign_key_checks = 0;
SET SESSION unique_checks = 0;
INSERT INTO account_statement_next (account_id, service_id, period, opening, charged, recalculated, paid, closing, oldest_open_period,
                                    open_items, volume, rate, charge_amount, common_volume, common_amount, volume_basis, reversed)
SELECT s.account_id, s.service_id, s.period, s.opening, s.charged, s.recalculated, s.paid, s.closing, s.oldest_open_period, s.open_items,
       ch.volume, ch.rate, ch.amount, ch.common_volume, ch.common_amount, ch.volume_basis, ch.reversed
FROM account_statement s LEFT JOIN charge ch ON ch.period = s.period AND ch.account_id = s.account_id AND ch.service_id = s.service_id;
SET SESSION unique_checks = 1;

-- None is expected (the close writes a charge and its line together), but a charge without a line is kept, on a line of
-- zero figures, rather than lost with its table.
INSERT INTO account_statement_next (account_id, service_id, period, opening, charged, recalculated, paid, closing, volume, rate,
                                    charge_amount, common_volume, common_amount, volume_basis, reversed)
SELECT ch.account_id, ch.service_id, ch.period, 0, 0, 0, 0, 0, ch.volume, ch.rate, ch.amount, ch.common_volume, ch.common_amount,
       ch.volume_basis, ch.reversed
FROM charge ch LEFT JOIN account_statement s ON s.period = ch.period AND s.account_id = ch.account_id AND s.service_id = ch.service_id
WHERE s.account_id IS NULL;

-- One atomic RENAME swaps the tables; only then are the old ones dropped.
RENAME TABLE account_statement TO account_statement_v25, account_statement_next TO account_statement;
DROP TABLE charge;
DROP TABLE account_statement_v25;
ALTER TABLE account_statement
    ADD CONSTRAINT fk_statement_account FOREIGN KEY (account_id) REFERENCES personal_account (id),
    ADD CONSTRAINT fk_statement_service FOREIGN KEY (service_id) REFERENCES service (id);
SET SESSION foreign_key_checks = 1;

CREATE VIEW charge AS
SELECT account_id, service_id, period, volume, rate, charge_amount AS amount, common_volume, common_amount, volume_basis, reversed
FROM account_statement WHERE rate IS NOT NULL;
