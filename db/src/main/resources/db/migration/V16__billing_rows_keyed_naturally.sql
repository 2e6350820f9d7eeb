-- Charges, statements and payments' parts are found only by their natural keys (an account's month and service; a
-- payment's period and service), never by a number of their own: each is keyed by its natural key, and the surrogate
-- id with the unique key beside it goes. The period close writes some thirty of these rows per account and month;
-- each now updates one index fewer.
ALTER TABLE charge DROP COLUMN id, DROP INDEX uk_charge, ADD PRIMARY KEY (account_id, period, service_id);
ALTER TABLE account_statement DROP COLUMN id, DROP INDEX uk_statement, ADD PRIMARY KEY (account_id, period, service_id);
ALTER TABLE payment_allocation DROP COLUMN id, DROP INDEX uk_payment_allocation, ADD PRIMARY KEY (payment_id, period, service_id);
