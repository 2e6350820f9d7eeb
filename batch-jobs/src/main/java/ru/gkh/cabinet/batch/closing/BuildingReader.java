package ru.gkh.cabinet.batch.closing;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.gkh.cabinet.application.billing.PeriodClose;
import ru.gkh.cabinet.batch.jobs.IdPageReader;

/** A partition's share of the organization's buildings in id order, a page at a time. */
@Named
@Dependent
public class BuildingReader extends IdPageReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty
    String organizationId;

    /** This partition's number, and how many there are: a partition reads the buildings whose id modulo partitions is its number. */
    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    @EJB
    private PeriodClose close;

    @Override
    protected List<Long> pageAfter(long afterId) {
        return close.buildingsAfter(Long.parseLong(organizationId), afterId, PAGE, Integer.parseInt(partitions), Integer.parseInt(partition));
    }
}
