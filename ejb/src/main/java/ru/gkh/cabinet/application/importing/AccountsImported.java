package ru.gkh.cabinet.application.importing;

/** An accounts file was applied for this organization (a CDI event, fired in the import's transaction). */
public record AccountsImported(long organizationId) {
}
