-- People who sign in (staff and residents), their roles, API tokens and linked accounts;
-- and the record of every billing-data import with its rejected rows.

-- organization_id NULL: a staff member who serves every organization.
CREATE TABLE user_account (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    login            VARCHAR(254) NOT NULL,
    email            VARCHAR(254),
    phone            VARCHAR(12),
    full_name        VARCHAR(300),
    password_hash    VARCHAR(255) NOT NULL,
    status           VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    organization_id  BIGINT,
    failed_logins    INT          NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP(3) NULL,
    created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_user_login UNIQUE (login),
    CONSTRAINT uk_user_email UNIQUE (email),
    CONSTRAINT fk_user_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_user_status CHECK (status IN ('ACTIVE', 'PENDING', 'LOCKED', 'DELETED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_role CHECK (role IN ('ADMIN', 'ACCOUNTANT', 'OPERATOR', 'RESIDENT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Only a SHA-256 of the token is kept: the token itself is shown once, when it is made.
CREATE TABLE api_token (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_used_at  TIMESTAMP(3) NULL,
    revoked_at    TIMESTAMP(3) NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_token_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_account_link UNIQUE (user_id, account_id),
    CONSTRAINT fk_link_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_link_account FOREIGN KEY (account_id) REFERENCES personal_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE import_run (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    organization_id   BIGINT        NOT NULL,
    type              VARCHAR(32)   NOT NULL,
    file_name         VARCHAR(255),
    file_size         BIGINT        NOT NULL,
    charset           VARCHAR(16),
    status            VARCHAR(16)   NOT NULL,
    rows_read         INT           NOT NULL DEFAULT 0,
    rows_applied      INT           NOT NULL DEFAULT 0,
    rows_rejected     INT           NOT NULL DEFAULT 0,
    declared_count    INT,
    declared_sum      DECIMAL(17,2),
    job_execution_id  BIGINT,
    started_by        VARCHAR(254)  NOT NULL,
    started_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    ended_at          TIMESTAMP(3)  NULL,
    message           VARCHAR(1000),
    CONSTRAINT fk_import_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_import_status CHECK (status IN ('STARTED', 'COMPLETED', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_import_org_started ON import_run (organization_id, started_at);

CREATE TABLE import_error (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id    CHAR(36)      NOT NULL,
    line         INT           NOT NULL,
    column_name  VARCHAR(64),
    message      VARCHAR(1000) NOT NULL,
    warning      BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_import_error_run FOREIGN KEY (import_id) REFERENCES import_run (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_import_error_line ON import_error (import_id, line);

-- Rows of a file being imported, parsed and normalised (ISO dates, plain decimals), before the whole
-- file is checked and applied in one transaction. Emptied when the import ends.
CREATE TABLE import_staging (
    import_id  CHAR(36)     NOT NULL,
    line       INT          NOT NULL,
    row_key    VARCHAR(700) NOT NULL,
    v1  VARCHAR(500), v2  VARCHAR(500), v3  VARCHAR(500), v4  VARCHAR(500), v5  VARCHAR(500),
    v6  VARCHAR(500), v7  VARCHAR(500), v8  VARCHAR(500), v9  VARCHAR(500), v10 VARCHAR(500),
    v11 VARCHAR(500), v12 VARCHAR(500), v13 VARCHAR(500),
    PRIMARY KEY (import_id, line),
    INDEX ix_staging_key (import_id, row_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
