-- Receipts (ЕПД) of closed periods, and the outbox every mail goes through.

-- One receipt per account and period, made once: the unique key makes a second run of the job make nothing new.
-- The PDF is kept in the database, so every node of a cluster serves it and it is backed up with the billing data.
CREATE TABLE receipt (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT        NOT NULL,
    period       DATE          NOT NULL,
    total_due    DECIMAL(15,2) NOT NULL,
    pdf          MEDIUMBLOB    NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_receipt UNIQUE (account_id, period),
    CONSTRAINT fk_receipt_account FOREIGN KEY (account_id) REFERENCES personal_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which job execution makes a period's receipts, and its progress in receipts.
ALTER TABLE billing_period
    ADD COLUMN receipts_execution_id BIGINT NULL,
    ADD COLUMN receipts_total INT NULL,
    ADD COLUMN receipts_done INT NOT NULL DEFAULT 0;

-- A message is written here in the same transaction as its cause and sent later by the dispatcher, which retries
-- with back-off. dedup_key ("receipt:<id>") is the "only once": the same cause never queues a second message.
-- status: PENDING (waiting or retrying; last_error says why the last attempt failed), SENT, FAILED (gave up).
CREATE TABLE outbox_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT        NOT NULL,
    channel          VARCHAR(8)    NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             TEXT          NOT NULL,
    receipt_id       BIGINT        NULL,
    dedup_key        VARCHAR(100)  NOT NULL,
    status           VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_error       VARCHAR(1000) NULL,
    created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    sent_at          TIMESTAMP(3)  NULL,
    CONSTRAINT uk_outbox_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_outbox_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_outbox_receipt FOREIGN KEY (receipt_id) REFERENCES receipt (id),
    CONSTRAINT ck_outbox_channel CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_org ON outbox_message (organization_id, created_at);
