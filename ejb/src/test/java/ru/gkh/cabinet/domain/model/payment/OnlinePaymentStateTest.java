package ru.gkh.cabinet.domain.model.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.gkh.cabinet.domain.model.payment.OnlinePaymentState.CANCELED;
import static ru.gkh.cabinet.domain.model.payment.OnlinePaymentState.NEW;
import static ru.gkh.cabinet.domain.model.payment.OnlinePaymentState.PENDING;
import static ru.gkh.cabinet.domain.model.payment.OnlinePaymentState.REVERSED;
import static ru.gkh.cabinet.domain.model.payment.OnlinePaymentState.SUCCEEDED;

import org.junit.jupiter.api.Test;
import ru.gkh.cabinet.domain.model.payment.OnlinePaymentState.Move;

/** The acquirer's word moves an online payment; money moves only into SUCCEEDED (payment) and REVERSED (reversal). */
class OnlinePaymentStateTest {

    @Test
    void aPendingPaymentIsPaidOrDeclinedByTheAcquirersStatus() {
        assertEquals(SUCCEEDED, PENDING.next("succeeded"));
        assertEquals(Move.POST_PAYMENT, PENDING.moveTo(SUCCEEDED));
        assertEquals(CANCELED, PENDING.next("canceled"));
        assertEquals(Move.CHANGE_STATE, PENDING.moveTo(CANCELED));
        assertEquals(PENDING, PENDING.next("waiting_for_capture"));
        assertEquals(PENDING, NEW.next("pending"));
    }

    @Test
    void theSameWordTwiceMovesNothing() {
        assertEquals(Move.NOTHING, SUCCEEDED.moveTo(SUCCEEDED.next("succeeded")));
        assertEquals(Move.NOTHING, CANCELED.moveTo(CANCELED.next("canceled")));
        assertEquals(Move.NOTHING, REVERSED.moveTo(REVERSED.next("canceled")));
        // A success reported after the reversal (a late notification) does not bring the payment back.
        assertEquals(Move.NOTHING, REVERSED.moveTo(REVERSED.next("succeeded")));
        // An earlier step reported late does not take a decided payment back.
        assertEquals(Move.NOTHING, SUCCEEDED.moveTo(SUCCEEDED.next("pending")));
        assertEquals(Move.NOTHING, PENDING.moveTo(PENDING.next("something_new")));
    }

    @Test
    void aPaidPaymentCancelledByTheAcquirerIsReversed() {
        assertEquals(REVERSED, SUCCEEDED.next("canceled"));
        assertEquals(Move.POST_REVERSAL, SUCCEEDED.moveTo(REVERSED));
    }

    @Test
    void aNotificationIsBelievedOnlyAsFarAsTheAcquirerBearsItOut() {
        assertTrue(PENDING.bearsOut("succeeded", "succeeded"));
        assertFalse(PENDING.bearsOut("succeeded", "pending"));
        assertFalse(PENDING.bearsOut("canceled", "succeeded"));
        assertTrue(SUCCEEDED.bearsOut("pending", "succeeded"));
        assertTrue(REVERSED.bearsOut("succeeded", "canceled"));
        assertFalse(CANCELED.bearsOut("succeeded", "canceled"));
    }

    @Test
    void onlyUndecidedPaymentsAreAskedAbout() {
        assertTrue(NEW.open());
        assertTrue(PENDING.open());
        assertFalse(SUCCEEDED.open());
        assertFalse(CANCELED.open());
        assertFalse(REVERSED.open());
    }
}
