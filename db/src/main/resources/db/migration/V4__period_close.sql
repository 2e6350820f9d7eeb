-- The period close: which job execution closes a period (for the accountant's progress view), and the late-fee
-- service every organization bills under the code PENI.
ALTER TABLE billing_period ADD COLUMN close_execution_id BIGINT NULL;
CREATE INDEX ix_charge_period ON charge (period, account_id);
CREATE INDEX ix_recalculation_open ON recalculation (applied_period, account_id);
CREATE INDEX ix_allocation_period ON payment_allocation (period, service_id);
