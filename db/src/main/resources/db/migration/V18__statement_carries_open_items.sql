-- Each statement line carries what its service still owes for each period not yet square (OpenItems: "2026-05:1200.50
-- 2026-07:-3.10"), so the next close takes every account's debts from last month's statement and reads no history
-- at all. NULL (lines written before this column, or more periods than the column holds) makes the next close read
-- that account's history from its oldest open period, as before.
ALTER TABLE account_statement ADD COLUMN open_items VARCHAR(400) NULL;
