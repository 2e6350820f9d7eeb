package ru.gkh.cabinet.application.importing;

/** A tariffs file (services and their rates) was applied for this organization (a CDI event, fired in the import's transaction). */
public record TariffsImported(long organizationId) {
}
