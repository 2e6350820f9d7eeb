-- Charges and statement lines are kept in month order: keyed by (period, account, service) instead of (account, period,
-- service), with an index by account and period beside the key for the pages and receipts that start from an account.
-- Keyed by account first, a month's close wrote each account's rows between that account's rows of earlier months: it
-- went through every page of the company's whole history of both tables, splitting most of them, so each month's close
-- was slower than the one before, and with more data than the buffer pool it read the history from disk (a company of
-- 100,000 accounts: 22 s for its first month, 44 s for its fourth, 54 s for its ninth, 138,701 pages read from disk
-- during that one). Keyed by month first, a close appends its rows after those of the month before, and reads last
-- month's statements as one range; only the narrow index by account still takes a row among earlier months.
ALTER TABLE charge DROP PRIMARY KEY, ADD PRIMARY KEY (period, account_id, service_id),
    ADD INDEX ix_charge_account_period (account_id, period);
ALTER TABLE account_statement DROP PRIMARY KEY, ADD PRIMARY KEY (period, account_id, service_id),
    ADD INDEX ix_statement_account_period (account_id, period);
