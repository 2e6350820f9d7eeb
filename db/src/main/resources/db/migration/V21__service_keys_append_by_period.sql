-- The rows the close writes each month keep their foreign key to the service, but the index InnoDB needs for it is
-- ordered by period after the service: a month's rows then go at the end of each service's range, instead of between
-- every account's (or payment's, or meter's) rows of earlier months, which split a page of the index for almost every
-- row. Nothing reads these indexes (no query starts from a service alone); they only serve the foreign key.
-- Measured on a month's 843,948 charges inserted after four earlier months: 6.4–8.3 s with the index on the service
-- alone, 5.7–6.1 s with this one, 4.5–4.8 s with none.
ALTER TABLE charge ADD INDEX ix_charge_service_period (service_id, period, account_id), DROP INDEX fk_charge_service;
ALTER TABLE account_statement ADD INDEX ix_statement_service_period (service_id, period, account_id), DROP INDEX fk_statement_service;
ALTER TABLE payment_allocation ADD INDEX ix_allocation_service_period (service_id, period, payment_id), DROP INDEX fk_allocation_service;
ALTER TABLE meter_estimate ADD INDEX ix_meter_estimate_service_period (service_id, period, meter_id), DROP INDEX fk_meter_estimate_service;
