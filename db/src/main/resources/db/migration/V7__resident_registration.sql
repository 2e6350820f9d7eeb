-- Residents register on their own: how an organization checks possession of an account, the consent they accept,
-- single-use confirmation secrets (stored hashed), each user's own choice of receipt delivery per linked account,
-- and the sign-in log staff read.

-- SURNAME: the holder's surname as billed; AMOUNT: the total due on the account's last receipt.
ALTER TABLE organization ADD COLUMN registration_proof VARCHAR(8) NOT NULL DEFAULT 'SURNAME',
    ADD CONSTRAINT ck_registration_proof CHECK (registration_proof IN ('SURNAME', 'AMOUNT'));

-- The personal-data consent (152-ФЗ) is a versioned document; a user records the version accepted and when.
CREATE TABLE consent_document (
    version       VARCHAR(16)  NOT NULL PRIMARY KEY,
    published_on  DATE         NOT NULL,
    title         VARCHAR(300) NOT NULL,
    body          TEXT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO consent_document (version, published_on, title, body) VALUES ('1.0', '2026-11-01',
 'Согласие на обработку персональных данных',
 'Я, действуя свободно, своей волей и в своём интересе, даю согласие управляющей организации, обслуживающей мой лицевой счёт,\nна обработку моих персональных данных: фамилии, имени, отчества, адреса электронной почты, номера мобильного телефона,\nномера лицевого счёта и адреса помещения — в целях регистрации и работы в личном кабинете, направления платёжных\nдокументов, уведомлений и ответов на обращения (Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»).\n\nОбработка включает сбор, запись, систематизацию, накопление, хранение, уточнение, использование, блокирование,\nудаление и уничтожение персональных данных с использованием средств автоматизации и без них.\n\nСогласие действует до удаления учётной записи в личном кабинете и может быть отозвано мной в любой момент\nпутём удаления учётной записи или письменного заявления в управляющую организацию.');

ALTER TABLE user_account
    ADD COLUMN consent_version VARCHAR(16) NULL,
    ADD COLUMN consent_accepted_at TIMESTAMP(3) NULL,
    ADD CONSTRAINT fk_user_consent FOREIGN KEY (consent_version) REFERENCES consent_document (version);

-- A link sent by email or a code sent by SMS: only its SHA-256 is kept; single use (used_at), with an expiry and,
-- for codes, a count of wrong attempts. account_id: the account a registration links once confirmed.
CREATE TABLE confirmation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    purpose      VARCHAR(16)  NOT NULL,
    channel      VARCHAR(8)   NOT NULL,
    secret_hash  CHAR(64)     NOT NULL,
    account_id   BIGINT       NULL,
    expires_at   TIMESTAMP(3) NOT NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    used_at      TIMESTAMP(3) NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_confirmation_secret UNIQUE (secret_hash),
    CONSTRAINT fk_confirmation_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_confirmation_account FOREIGN KEY (account_id) REFERENCES personal_account (id),
    CONSTRAINT ck_confirmation_purpose CHECK (purpose IN ('REGISTER', 'RECOVER', 'CONTACT')),
    CONSTRAINT ck_confirmation_channel CHECK (channel IN ('EMAIL', 'SMS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each user chooses for each linked account whether its receipts come to their email.
ALTER TABLE account_link ADD COLUMN receipt_by_email BOOLEAN NOT NULL DEFAULT FALSE;

-- Who tried to sign in, when, from where, and what happened.
CREATE TABLE sign_in_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NULL,
    login       VARCHAR(254) NOT NULL,
    ip          VARCHAR(45)  NOT NULL,
    outcome     VARCHAR(32)  NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_sign_in_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sign_in_user ON sign_in_event (user_id, created_at);
CREATE INDEX ix_sign_in_ip ON sign_in_event (ip, created_at);

-- The outbox's dedup key now names the recipient too: one receipt may go to several people (family members).
ALTER TABLE outbox_message MODIFY dedup_key VARCHAR(400) NOT NULL;

-- Mail about a user, not an organization's business (a lock notice to an administrator), has no organization.
ALTER TABLE outbox_message MODIFY organization_id BIGINT NULL;
