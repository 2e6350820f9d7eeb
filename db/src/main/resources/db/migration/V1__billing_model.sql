-- The billing model of design/domain.md. Money DECIMAL(15,2); rates, volumes and readings DECIMAL(18,6).
-- Every natural key of design/formats.md has a unique key, scoped to the organization.

CREATE TABLE organization (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                   VARCHAR(32)  NOT NULL,
    name                   VARCHAR(300) NOT NULL,
    inn                    VARCHAR(12),
    kpp                    VARCHAR(9),
    ogrn                   VARCHAR(15),
    bank_name              VARCHAR(200),
    bic                    VARCHAR(9),
    correspondent_account  VARCHAR(20),
    settlement_account     VARCHAR(20),
    address                VARCHAR(500),
    phone                  VARCHAR(100),
    emergency_phone        VARCHAR(100),
    website                VARCHAR(200),
    office_hours           VARCHAR(500),
    reading_window_from    TINYINT      NOT NULL DEFAULT 15,
    reading_window_to      TINYINT      NOT NULL DEFAULT 25,
    registration_review    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at             TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_organization_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE department (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT       NOT NULL,
    name             VARCHAR(200) NOT NULL,
    CONSTRAINT uk_department_name UNIQUE (organization_id, name),
    CONSTRAINT fk_department_org FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE building (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT        NOT NULL,
    code             VARCHAR(64)   NOT NULL,
    department_id    BIGINT        NOT NULL,
    address          VARCHAR(500)  NOT NULL,
    total_area       DECIMAL(18,6) NOT NULL,
    common_area      DECIMAL(18,6),
    CONSTRAINT uk_building_code UNIQUE (organization_id, code),
    CONSTRAINT fk_building_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_building_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE premises (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    building_id  BIGINT        NOT NULL,
    number       VARCHAR(32)   NOT NULL,
    total_area   DECIMAL(18,6) NOT NULL,
    living_area  DECIMAL(18,6),
    rooms        INT,
    CONSTRAINT uk_premises_number UNIQUE (building_id, number),
    CONSTRAINT fk_premises_building FOREIGN KEY (building_id) REFERENCES building (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE personal_account (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id   BIGINT       NOT NULL,
    number            VARCHAR(12)  NOT NULL,
    premises_id       BIGINT       NOT NULL,
    holder_name       VARCHAR(300) NOT NULL,
    residents         INT          NOT NULL,
    phone             VARCHAR(12),
    email             VARCHAR(254),
    meter_possible    BOOLEAN      NOT NULL DEFAULT FALSE,
    opened_on         DATE,
    closed_on         DATE,
    receipt_by_email  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_account_number UNIQUE (organization_id, number),
    CONSTRAINT fk_account_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_account_premises FOREIGN KEY (premises_id) REFERENCES premises (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT       NOT NULL,
    code             VARCHAR(16)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    unit             VARCHAR(16)  NOT NULL,
    method           VARCHAR(16)  NOT NULL,
    volume_from      VARCHAR(100),
    provider         VARCHAR(200),
    CONSTRAINT uk_service_code UNIQUE (organization_id, code),
    CONSTRAINT fk_service_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_service_method CHECK (method IN ('AREA', 'METERED', 'PER_RESIDENT', 'FIXED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- building_code '*' means all buildings; kept as text so the unique key also holds for "all".
CREATE TABLE tariff (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    service_id     BIGINT        NOT NULL,
    building_code  VARCHAR(64)   NOT NULL,
    building_id    BIGINT,
    valid_from     DATE          NOT NULL,
    rate           DECIMAL(18,6) NOT NULL,
    norm           DECIMAL(18,6),
    common_norm    DECIMAL(18,6),
    CONSTRAINT uk_tariff UNIQUE (service_id, building_code, valid_from),
    CONSTRAINT fk_tariff_service FOREIGN KEY (service_id) REFERENCES service (id),
    CONSTRAINT fk_tariff_building FOREIGN KEY (building_id) REFERENCES building (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meter (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT        NOT NULL,
    serial           VARCHAR(64)   NOT NULL,
    account_id       BIGINT,
    building_id      BIGINT,
    service_id       BIGINT        NOT NULL,
    int_digits       TINYINT       NOT NULL,
    frac_digits      TINYINT       NOT NULL DEFAULT 0,
    installed_on     DATE          NOT NULL,
    verified_until   DATE,
    initial_reading  DECIMAL(18,6) NOT NULL,
    CONSTRAINT uk_meter_serial UNIQUE (organization_id, serial),
    CONSTRAINT fk_meter_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_meter_account FOREIGN KEY (account_id) REFERENCES personal_account (id),
    CONSTRAINT fk_meter_building FOREIGN KEY (building_id) REFERENCES building (id),
    CONSTRAINT fk_meter_service FOREIGN KEY (service_id) REFERENCES service (id),
    CONSTRAINT ck_meter_owner CHECK ((account_id IS NULL) <> (building_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- period is the first day of the billing month. value is the dial; volume the consumption it gives
-- (roll-over resolved), filled when known.
CREATE TABLE meter_reading (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    meter_id        BIGINT        NOT NULL,
    period          DATE          NOT NULL,
    value           DECIMAL(18,6) NOT NULL,
    rolled_over     BOOLEAN       NOT NULL DEFAULT FALSE,
    taken_on        DATE,
    source          VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL DEFAULT 'ACCEPTED',
    refusal_reason  VARCHAR(500),
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_reading UNIQUE (meter_id, period),
    CONSTRAINT fk_reading_meter FOREIGN KEY (meter_id) REFERENCES meter (id),
    CONSTRAINT ck_reading_source CHECK (source IN ('IMPORT', 'RESIDENT', 'STAFF')),
    CONSTRAINT ck_reading_status CHECK (status IN ('ACCEPTED', 'REFUSED', 'BILLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE billing_period (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT       NOT NULL,
    period           DATE         NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    opened_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    closed_at        TIMESTAMP(3) NULL,
    CONSTRAINT uk_billing_period UNIQUE (organization_id, period),
    CONSTRAINT fk_period_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_period_status CHECK (status IN ('OPEN', 'CLOSING', 'CLOSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE charge (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    service_id      BIGINT        NOT NULL,
    period          DATE          NOT NULL,
    volume          DECIMAL(18,6),
    rate            DECIMAL(18,6) NOT NULL,
    amount          DECIMAL(15,2) NOT NULL,
    common_volume   DECIMAL(18,6),
    common_amount   DECIMAL(15,2),
    volume_basis    VARCHAR(16),
    CONSTRAINT uk_charge UNIQUE (account_id, service_id, period),
    CONSTRAINT fk_charge_account FOREIGN KEY (account_id) REFERENCES personal_account (id),
    CONSTRAINT fk_charge_service FOREIGN KEY (service_id) REFERENCES service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- applied_period: the period whose close applied the row (each row is applied once).
CREATE TABLE recalculation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    service_id      BIGINT        NOT NULL,
    period          DATE          NOT NULL,
    amount          DECIMAL(15,2) NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    applied_period  DATE,
    CONSTRAINT uk_recalculation UNIQUE (account_id, service_id, period, reason),
    CONSTRAINT fk_recalc_account FOREIGN KEY (account_id) REFERENCES personal_account (id),
    CONSTRAINT fk_recalc_service FOREIGN KEY (service_id) REFERENCES service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE payment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT        NOT NULL,
    external_id      VARCHAR(100)  NOT NULL,
    paid_on          DATE          NOT NULL,
    account_id       BIGINT        NOT NULL,
    amount           DECIMAL(15,2) NOT NULL,
    payer_period     DATE,
    channel          VARCHAR(16),
    reverses_id      BIGINT,
    created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_payment_external_id UNIQUE (organization_id, external_id),
    CONSTRAINT fk_payment_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_payment_account FOREIGN KEY (account_id) REFERENCES personal_account (id),
    CONSTRAINT fk_payment_reverses FOREIGN KEY (reverses_id) REFERENCES payment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_payment_account_date ON payment (account_id, paid_on);

CREATE TABLE payment_allocation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    payment_id  BIGINT        NOT NULL,
    period      DATE          NOT NULL,
    service_id  BIGINT        NOT NULL,
    amount      DECIMAL(15,2) NOT NULL,
    CONSTRAINT uk_payment_allocation UNIQUE (payment_id, period, service_id),
    CONSTRAINT fk_allocation_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT fk_allocation_service FOREIGN KEY (service_id) REFERENCES service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE opening_balance (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    service_id  BIGINT        NOT NULL,
    period      DATE          NOT NULL,
    amount      DECIMAL(15,2) NOT NULL,
    CONSTRAINT uk_opening_balance UNIQUE (account_id, service_id, period),
    CONSTRAINT fk_balance_account FOREIGN KEY (account_id) REFERENCES personal_account (id),
    CONSTRAINT fk_balance_service FOREIGN KEY (service_id) REFERENCES service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_statement (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    service_id    BIGINT        NOT NULL,
    period        DATE          NOT NULL,
    opening       DECIMAL(15,2) NOT NULL,
    charged       DECIMAL(15,2) NOT NULL,
    recalculated  DECIMAL(15,2) NOT NULL,
    paid          DECIMAL(15,2) NOT NULL,
    closing       DECIMAL(15,2) NOT NULL,
    CONSTRAINT uk_statement UNIQUE (account_id, period, service_id),
    CONSTRAINT fk_statement_account FOREIGN KEY (account_id) REFERENCES personal_account (id),
    CONSTRAINT fk_statement_service FOREIGN KEY (service_id) REFERENCES service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE key_rate (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT       NOT NULL,
    valid_from       DATE         NOT NULL,
    rate             DECIMAL(9,4) NOT NULL,
    CONSTRAINT uk_key_rate UNIQUE (organization_id, valid_from),
    CONSTRAINT fk_key_rate_org FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
