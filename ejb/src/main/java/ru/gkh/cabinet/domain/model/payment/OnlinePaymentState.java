package ru.gkh.cabinet.domain.model.payment;

/**
 * Where an online payment stands, and the one rule for moving it: the acquirer's word about the payment (its status
 * when asked) gives the next state. Money moves only on the two transitions that say so: into SUCCEEDED a payment is
 * posted, into REVERSED a reversal is. Every other word, however often repeated, changes nothing.
 */
public enum OnlinePaymentState {
    /** Made here, not yet accepted by the acquirer (it was unreachable): the same request may be repeated. */
    NEW("не создан"),
    /** The resident is at the acquirer's page, or the acquirer has not decided. */
    PENDING("в обработке"),
    SUCCEEDED("оплачено"),
    CANCELED("отклонено"),
    /** Cancelled by the acquirer after success: the posted payment has its reversal. */
    REVERSED("отменено после оплаты");

    private final String label;

    OnlinePaymentState(String label) {
        this.label = label;
    }

    /** As residents and staff read it. */
    public String label() {
        return label;
    }

    /** What the cabinet does about the acquirer's word: record the payment, its reversal, just the new state, or nothing. */
    public enum Move { POST_PAYMENT, POST_REVERSAL, CHANGE_STATE, NOTHING }

    /** The state the acquirer's status leads to (an unknown status leaves the state as it is). */
    public OnlinePaymentState next(String acquirerStatus) {
        return switch (acquirerStatus == null ? "" : acquirerStatus) {
            case "succeeded" -> this == REVERSED ? REVERSED : SUCCEEDED;
            // A payment that succeeded and is now cancelled was reversed by the acquirer; one never paid was declined.
            case "canceled" -> this == SUCCEEDED || this == REVERSED ? REVERSED : CANCELED;
            case "pending", "waiting_for_capture" -> this == NEW ? PENDING : this;
            default -> this;
        };
    }

    /** What moving to {@code next} takes. */
    public Move moveTo(OnlinePaymentState next) {
        if (next == this) {
            return Move.NOTHING;
        }
        if (next == SUCCEEDED) {
            return Move.POST_PAYMENT;
        }
        if (next == REVERSED) {
            return Move.POST_REVERSAL;
        }
        return Move.CHANGE_STATE;
    }

    /**
     * Whether the acquirer's status bears out a notification claiming {@code claimed} about a payment in this state:
     * the same status; an earlier step (pending, waiting for capture) of a payment gone further; or a success that came
     * late, after the acquirer cancelled the payment the cabinet had recorded as paid.
     */
    public boolean bearsOut(String claimed, String acquirerStatus) {
        if (claimed.equals(acquirerStatus)) {
            return true;
        }
        return switch (claimed) {
            case "pending", "waiting_for_capture" -> true;
            case "succeeded" -> "canceled".equals(acquirerStatus) && (this == SUCCEEDED || this == REVERSED);
            default -> false;
        };
    }

    /** Whether the acquirer may still change its mind by itself (the cabinet keeps asking about such a payment). */
    public boolean open() {
        return this == NEW || this == PENDING;
    }
}
