-- The close's progress, kept with the period so the staff page and API can show accounts done of total and time.
ALTER TABLE billing_period
    ADD COLUMN accounts_total INT NULL,
    ADD COLUMN accounts_done INT NOT NULL DEFAULT 0,
    ADD COLUMN close_started_at TIMESTAMP(3) NULL;
