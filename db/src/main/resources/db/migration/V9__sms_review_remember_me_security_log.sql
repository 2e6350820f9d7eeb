-- Residents' identity, second part: SMS codes, the operators' registration review, "remember me", contact changes,
-- information subscriptions, and one security log for everything a robot might push (sign-in, registration, codes,
-- recovery) that staff read and the per-address limits count.

-- An SMS code has a million values: it is stored as SHA-256 over a random salt of its own and the code, so equal codes
-- of two people never collide on the unique key and a copy of the table does not give the codes away at a glance.
-- new_value: for a CONTACT confirmation, the email or phone that takes effect once confirmed.
ALTER TABLE confirmation
    ADD COLUMN salt CHAR(32) NULL,
    ADD COLUMN new_value VARCHAR(254) NULL;

-- Where organization.registration_review (since V1) is on, a registration waits for an operator (WAITING), then APPROVED or REJECTED with the operator's comment.
-- channel: how the resident chose to confirm and be told (EMAIL or SMS). One open request per user.
CREATE TABLE registration_request (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT        NULL,
    account_id   BIGINT        NOT NULL,
    organization_id BIGINT     NOT NULL,
    channel      VARCHAR(8)    NOT NULL,
    proof        VARCHAR(100)  NOT NULL,
    status       VARCHAR(16)   NOT NULL DEFAULT 'WAITING',
    comment      VARCHAR(1000) NULL,
    decided_by   VARCHAR(254)  NULL,
    decided_at   TIMESTAMP(3)  NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_request_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT fk_request_account FOREIGN KEY (account_id) REFERENCES personal_account (id),
    CONSTRAINT fk_request_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_request_status CHECK (status IN ('WAITING', 'APPROVED', 'REJECTED')),
    CONSTRAINT ck_request_channel CHECK (channel IN ('EMAIL', 'SMS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_request_queue ON registration_request (organization_id, status, created_at);

-- "Remember me" for 30 days: only the token's SHA-256 is kept; a row is a signed-in device the user can revoke.
CREATE TABLE remember_token (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT       NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    device        VARCHAR(200) NULL,
    ip            VARCHAR(45)  NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_used_at  TIMESTAMP(3) NULL,
    expires_at    TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_remember_token UNIQUE (token_hash),
    CONSTRAINT fk_remember_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Information subscriptions (news, outages), apart from receipts, which are chosen per account.
ALTER TABLE user_account
    ADD COLUMN news_by_email BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN news_by_sms BOOLEAN NOT NULL DEFAULT FALSE;

-- The sign-in log becomes the security log: action SIGN_IN, REGISTER, CODE_SENT, CODE_WRONG, RECOVER, PASSWORD,
-- CONTACT, REMEMBER_ME, DELETE, REVIEW, LIMITED (refused by a per-address limit); outcome says what happened.
-- No foreign key to the user: an entry is written in a transaction of its own, often while the caller's transaction
-- holds the user's row (a new password, a new user not yet committed), and a key check would wait for that row.
-- Deleting a user blanks their entries explicitly.
RENAME TABLE sign_in_event TO security_event;
ALTER TABLE security_event DROP FOREIGN KEY fk_sign_in_user;
ALTER TABLE security_event ADD COLUMN action VARCHAR(16) NOT NULL DEFAULT 'SIGN_IN' AFTER ip,
    MODIFY outcome VARCHAR(100) NOT NULL;
CREATE INDEX ix_security_ip_action ON security_event (ip, action, created_at);
CREATE INDEX ix_security_time ON security_event (created_at);
CREATE INDEX ix_security_login ON security_event (login, created_at);

-- With no SMS gateway configured, an SMS is KEPT in the outbox, where staff read it (and can pass a code on by phone).
ALTER TABLE outbox_message DROP CONSTRAINT ck_outbox_status,
    ADD CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'KEPT'));
