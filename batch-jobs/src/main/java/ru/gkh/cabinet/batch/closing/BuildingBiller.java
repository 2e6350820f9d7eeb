package ru.gkh.cabinet.batch.closing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import ru.gkh.cabinet.application.billing.PeriodClose;

/** Bills a chunk of buildings in the chunk's transaction. */
@Named
@Dependent
public class BuildingBiller extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String organizationId;

    @Inject
    @BatchProperty
    String period;

    @EJB
    private PeriodClose close;

    @Override
    public void writeItems(List<Object> buildings) {
        close.bill(Long.parseLong(organizationId), YearMonth.parse(period), buildings.stream().map(Long.class::cast).toList());
    }
}
