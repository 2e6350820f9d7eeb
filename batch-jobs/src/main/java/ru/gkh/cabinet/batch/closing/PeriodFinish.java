package ru.gkh.cabinet.batch.closing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gkh.cabinet.application.billing.PeriodClose;
import ru.gkh.cabinet.batch.receipts.ReceiptsLauncher;

/**
 * Marks the period CLOSED and opens the next; then, unless {@code cabinet.receipts.after-close} is false, starts the
 * closed period's receipts (a failure to start them leaves the close done: the accountant starts them from the page).
 */
@Named
@Dependent
public class PeriodFinish extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PeriodFinish.class.getName());

    @Inject
    @BatchProperty
    String organizationId;

    @Inject
    @BatchProperty
    String period;

    @Inject
    @ConfigProperty(name = "cabinet.receipts.after-close", defaultValue = "true")
    boolean receiptsAfterClose;

    @EJB
    private PeriodClose close;

    @EJB
    private ReceiptsLauncher receipts;

    @Override
    public String process() {
        long org = Long.parseLong(organizationId);
        YearMonth month = YearMonth.parse(period);
        close.finish(org, month);
        if (receiptsAfterClose) {
            try {
                receipts.start(org, month, null);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Period " + period + " closed; its receipts did not start", e);
            }
        }
        return "CLOSED";
    }
}
