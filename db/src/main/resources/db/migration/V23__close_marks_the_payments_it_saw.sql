-- The last payment a close is sure to have seen: the highest payment id when the close started, every payment up to it
-- then committed (PaymentMark). Each of them dated in that month or before is applied by that close, so the next close
-- looks only at payments dated after that month or numbered after the mark, instead of every payment of the company's
-- history with a look-up of its parts (which grew month by month and read the whole history of payment parts from
-- disk). NULL for months closed before this migration: the close after such a month reads every payment, as before.
ALTER TABLE billing_period ADD COLUMN payments_through BIGINT NULL AFTER close_started_at;
