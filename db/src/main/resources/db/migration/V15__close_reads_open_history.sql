-- The period close read every account's whole history (charges, recalculations, payments' parts) to know what each
-- earlier period still owes, so each month's close read more than the one before. Each statement row now carries its
-- account's oldest open period: the oldest whose rows leave some service owing or owed anything. Every period before
-- it adds nothing to any service, so the next close reads the account's history from there on. NULL (statements
-- written before this column) makes the next close read the whole history, as it did.
ALTER TABLE account_statement ADD COLUMN oldest_open_period DATE NULL;

-- Charges are looked up by account and month (the close's "already billed" check, the cabinet, receipts): the unique
-- key leads with those two, and the index by month alone, which no query needs, goes. One index fewer to keep up for
-- every charge the close writes; the same for payments' parts, whose index by month and service no query reads.
ALTER TABLE charge DROP INDEX uk_charge, DROP INDEX ix_charge_period, ADD CONSTRAINT uk_charge UNIQUE (account_id, period, service_id);
ALTER TABLE payment_allocation DROP INDEX ix_allocation_period;
