-- When a reading returns after months charged by average or norm, the close gives those estimates back on the
-- month's line of the service: the statement shows it among the month's recalculations, but no row kept it, so the
-- next close, summing an account's history into its debts, had it owe the estimates again (its opening then differed
-- from the statement's closing). The charge keeps what its line gave back (negative; NULL when nothing), and the
-- history counts it. Charges closed before this keep NULL.
ALTER TABLE charge ADD COLUMN reversed DECIMAL(15,2) NULL;
