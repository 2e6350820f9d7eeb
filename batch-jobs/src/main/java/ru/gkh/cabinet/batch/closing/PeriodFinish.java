package ru.gkh.cabinet.batch.closing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import ru.gkh.cabinet.application.billing.PeriodClose;

/** Marks the period CLOSED and opens the next. */
@Named
@Dependent
public class PeriodFinish extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String organizationId;

    @Inject
    @BatchProperty
    String period;

    @EJB
    private PeriodClose close;

    @Override
    public String process() {
        close.finish(Long.parseLong(organizationId), YearMonth.parse(period));
        return "CLOSED";
    }
}
