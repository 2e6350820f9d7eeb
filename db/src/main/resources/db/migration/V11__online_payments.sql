-- Online payments from the cabinet: what the resident started at the acquirer, its state there, and the posted
-- payment it became. The money itself is a `payment` row (channel ONLINE, external_id = the acquirer's payment id,
-- so the bank registry of the same payment meets the unique key and counts once); a cancellation after success is a
-- reversal row (negative amount, reverses_id), never an edit.

-- State machine (OnlinePaymentState): NEW (not yet accepted by the acquirer) → PENDING (the resident is at the
-- acquirer's page) → SUCCEEDED | CANCELED; SUCCEEDED → REVERSED.
CREATE TABLE online_payment (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id      BIGINT        NOT NULL,
    account_id           BIGINT        NOT NULL,
    user_id              BIGINT        NULL,
    provider             VARCHAR(20)   NOT NULL,
    -- Sent with the creation request: a repeated request (a timeout, a second click) returns the first payment.
    idempotence_key      CHAR(36)      NOT NULL,
    provider_payment_id  VARCHAR(100)  NULL,
    amount               DECIMAL(15,2) NOT NULL,
    state                VARCHAR(16)   NOT NULL DEFAULT 'NEW',
    provider_status      VARCHAR(32)   NULL,
    confirmation_url     VARCHAR(2000) NULL,
    cancellation_reason  VARCHAR(200)  NULL,
    paid_on              DATE          NULL,
    payment_id           BIGINT        NULL,
    reversal_id          BIGINT        NULL,
    created_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_online_payment_key UNIQUE (idempotence_key),
    CONSTRAINT uk_online_payment_provider_id UNIQUE (provider, provider_payment_id),
    CONSTRAINT uk_online_payment_payment UNIQUE (payment_id),
    CONSTRAINT uk_online_payment_reversal UNIQUE (reversal_id),
    CONSTRAINT fk_online_payment_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_online_payment_account FOREIGN KEY (account_id) REFERENCES personal_account (id),
    CONSTRAINT fk_online_payment_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT fk_online_payment_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT fk_online_payment_reversal FOREIGN KEY (reversal_id) REFERENCES payment (id),
    CONSTRAINT ck_online_payment_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_online_payment_account ON online_payment (account_id, created_at);
CREATE INDEX ix_online_payment_org ON online_payment (organization_id, created_at);

-- Every word from the acquirer about a payment (notification, the resident's return, a status check) and what the
-- cabinet made of it: applied, a repeat, refused as forged. online_payment_id is null when the payment is unknown.
CREATE TABLE online_payment_event (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    online_payment_id    BIGINT        NULL,
    provider             VARCHAR(20)   NOT NULL,
    provider_payment_id  VARCHAR(100)  NULL,
    source               VARCHAR(16)   NOT NULL,
    event                VARCHAR(40)   NULL,
    outcome              VARCHAR(300)  NOT NULL,
    ip                   VARCHAR(45)   NULL,
    received_at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_online_payment_event FOREIGN KEY (online_payment_id) REFERENCES online_payment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_online_payment_event ON online_payment_event (online_payment_id, received_at);

-- The built-in demo acquirer's own books (it plays the provider on the first run; off in production).
CREATE TABLE demo_acquirer_payment (
    id                   CHAR(36)      PRIMARY KEY,
    shop_id              VARCHAR(50)   NOT NULL,
    idempotence_key      VARCHAR(64)   NOT NULL,
    amount               DECIMAL(15,2) NOT NULL,
    description          VARCHAR(200)  NULL,
    metadata             TEXT          NULL,
    return_url           VARCHAR(2000) NOT NULL,
    status               VARCHAR(24)   NOT NULL DEFAULT 'pending',
    cancellation_reason  VARCHAR(60)   NULL,
    created_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    captured_at          TIMESTAMP(3)  NULL,
    CONSTRAINT uk_demo_acquirer_key UNIQUE (shop_id, idempotence_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
