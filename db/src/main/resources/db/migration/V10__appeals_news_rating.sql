-- What residents write to the company and order from it, the company's news, and the residents' rating of the cabinet.

-- The company's price list of paid services (plumber's visit, key copy, ...).
CREATE TABLE paid_service (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    price            DECIMAL(15,2) NOT NULL,
    unit             VARCHAR(50)   NOT NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_paid_service UNIQUE (organization_id, name),
    CONSTRAINT fk_paid_service_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_paid_service_price CHECK (price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An appeal (APPEAL: a question or complaint in a category) or an order of a paid service (PAID_SERVICE, with the
-- wanted date and time), from a resident about one account; the operator answers and moves its status:
-- NEW → IN_WORK → ANSWERED (or DONE for an order, REJECTED). The resident is told by email or SMS (contact_channel).
-- user_id is null once the user deleted themselves; the appeal stays with the company.
CREATE TABLE appeal (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT        NOT NULL,
    account_id       BIGINT        NOT NULL,
    user_id          BIGINT        NULL,
    kind             VARCHAR(16)   NOT NULL,
    category         VARCHAR(32)   NULL,
    paid_service_id  BIGINT        NULL,
    desired_at       TIMESTAMP(3)  NULL,
    text             TEXT          NOT NULL,
    contact_channel  VARCHAR(8)    NOT NULL,
    contact          VARCHAR(254)  NOT NULL,
    status           VARCHAR(16)   NOT NULL DEFAULT 'NEW',
    answer           TEXT          NULL,
    answered_by      VARCHAR(254)  NULL,
    answered_at      TIMESTAMP(3)  NULL,
    created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_appeal_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_appeal_account FOREIGN KEY (account_id) REFERENCES personal_account (id),
    CONSTRAINT fk_appeal_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT fk_appeal_paid_service FOREIGN KEY (paid_service_id) REFERENCES paid_service (id),
    CONSTRAINT ck_appeal_kind CHECK (kind IN ('APPEAL', 'PAID_SERVICE')),
    CONSTRAINT ck_appeal_status CHECK (status IN ('NEW', 'IN_WORK', 'ANSWERED', 'DONE', 'REJECTED')),
    CONSTRAINT ck_appeal_channel CHECK (contact_channel IN ('EMAIL', 'SMS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_appeal_queue ON appeal (organization_id, status, created_at);
CREATE INDEX ix_appeal_account ON appeal (account_id, created_at);

-- Photos and documents attached to an appeal (JPEG, PNG or PDF, checked by their first bytes, at most 5 MB each).
CREATE TABLE appeal_attachment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    appeal_id     BIGINT       NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size          INT          NOT NULL,
    content       MEDIUMBLOB   NOT NULL,
    CONSTRAINT fk_attachment_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- News for all the company's residents (no building) or for chosen buildings; who read which.
CREATE TABLE news (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT        NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    body             TEXT          NOT NULL,
    published_by     VARCHAR(254)  NOT NULL,
    published_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_news_org FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_news_org ON news (organization_id, published_at);

CREATE TABLE news_building (
    news_id      BIGINT NOT NULL,
    building_id  BIGINT NOT NULL,
    PRIMARY KEY (news_id, building_id),
    CONSTRAINT fk_news_building_news FOREIGN KEY (news_id) REFERENCES news (id) ON DELETE CASCADE,
    CONSTRAINT fk_news_building_building FOREIGN KEY (building_id) REFERENCES building (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE news_read (
    news_id  BIGINT       NOT NULL,
    user_id  BIGINT       NOT NULL,
    read_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (user_id, news_id),
    CONSTRAINT fk_news_read_news FOREIGN KEY (news_id) REFERENCES news (id) ON DELETE CASCADE,
    CONSTRAINT fk_news_read_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each user's rating of the cabinet (the latest counts).
CREATE TABLE cabinet_rating (
    user_id   BIGINT       NOT NULL PRIMARY KEY,
    grade     VARCHAR(16)  NOT NULL,
    rated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_rating_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_rating_grade CHECK (grade IN ('EXCELLENT', 'GOOD', 'FAIR', 'POOR'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
