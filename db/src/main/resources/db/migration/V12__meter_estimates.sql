-- What each individual meter without a reading was charged by estimate (its average, or the norm) in a month, for
-- every service its volume feeds (its own, and sewerage that sums it). A returning reading gives back exactly these
-- amounts, meter by meter, and the key makes each estimate one row, so it is given back once. Months closed before
-- this table existed are given back as a whole month's estimated charge (PeriodClose).
CREATE TABLE meter_estimate (
    meter_id    BIGINT        NOT NULL,
    service_id  BIGINT        NOT NULL,
    period      DATE          NOT NULL,
    volume      DECIMAL(18,6) NOT NULL,
    amount      DECIMAL(15,2) NOT NULL,
    CONSTRAINT pk_meter_estimate PRIMARY KEY (meter_id, service_id, period),
    CONSTRAINT fk_meter_estimate_meter FOREIGN KEY (meter_id) REFERENCES meter (id),
    CONSTRAINT fk_meter_estimate_service FOREIGN KEY (service_id) REFERENCES service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
