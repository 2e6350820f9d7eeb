package ru.gkh.cabinet.domain.model.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * A month of an organization's billing: OPEN while data for it arrives, CLOSING while the close runs, CLOSED once its
 * charges and statements are fixed. Only a closed period's charges are shown to residents; a closed one never changes.
 */
@Entity
@Table(name = "billing_period")
public class BillingPeriod {

    /** The lifecycle, in its only order. */
    public enum Status { OPEN, CLOSING, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(nullable = false, updatable = false)
    private LocalDate period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "opened_at", insertable = false, updatable = false)
    private LocalDateTime openedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "close_execution_id", insertable = false, updatable = false)
    private Long closeExecutionId;

    @Column(name = "receipts_execution_id", insertable = false, updatable = false)
    private Long receiptsExecutionId;

    protected BillingPeriod() {
    }

    private BillingPeriod(Long organizationId, YearMonth month) {
        this.organizationId = organizationId;
        this.period = month.atDay(1);
        this.status = Status.OPEN;
    }

    public static BillingPeriod open(Long organizationId, YearMonth month) {
        return new BillingPeriod(organizationId, month);
    }

    public YearMonth month() {
        return YearMonth.from(period);
    }

    public Status status() {
        return status;
    }

    public Long organizationId() {
        return organizationId;
    }

    public LocalDateTime closedAt() {
        return closedAt;
    }

    /** The {@code close-period} job execution that closes (or closed) this period, if it was started. */
    public Long closeExecutionId() {
        return closeExecutionId;
    }

    /** The {@code generate-receipts} job execution that makes (or made) this period's receipts, if it was started. */
    public Long receiptsExecutionId() {
        return receiptsExecutionId;
    }
}
