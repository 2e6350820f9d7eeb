package ru.gkh.cabinet.application.importing;

import java.util.List;
import java.util.Map;
import ru.gkh.cabinet.domain.model.importing.ImportProblem;
import ru.gkh.cabinet.domain.model.importing.ImportType;

/**
 * The checks that need the whole file or the database, as SQL over the import's staged rows. Each query takes the
 * organization id as its one parameter and returns (line, value) of each offending row; the message names the value.
 */
final class ImportChecks {

    /** One check: the column it names, its query, and the message with {@code %s} for the value. */
    record Check(String column, String sql, String message) {
    }

    private static final String MISSING_ACCOUNT = "SELECT s.line, s.%1$s FROM import_staging s LEFT JOIN personal_account a"
            + " ON a.organization_id = ? AND a.number = s.%1$s WHERE s.%1$s IS NOT NULL AND a.id IS NULL";
    private static final String MISSING_SERVICE = "SELECT s.line, s.%1$s FROM import_staging s LEFT JOIN service x"
            + " ON x.organization_id = ? AND x.code = s.%1$s WHERE x.id IS NULL";
    private static final String MISSING_BUILDING = "SELECT s.line, s.%1$s FROM import_staging s LEFT JOIN building b"
            + " ON b.organization_id = ? AND b.code = s.%1$s WHERE s.%1$s IS NOT NULL AND s.%1$s <> '*' AND b.id IS NULL";

    static final String ACCOUNT_NOT_FOUND = "лицевой счёт «%s» не найден (сначала загрузите accounts.csv)";
    static final String SERVICE_NOT_FOUND = "услуга «%s» не найдена (сначала загрузите tariffs.csv)";
    static final String PAYMENT_CHANGED = "платёж «%s» уже загружен с другой датой, суммой или лицевым счётом; проведённый платёж не меняется";
    static final String BUILDING_NOT_FOUND = "дом «%s» не найден (сначала загрузите buildings.csv)";

    private static final Map<ImportType, String> KEY_COLUMN = Map.of(
            ImportType.BUILDINGS, "building_code",
            ImportType.ACCOUNTS, "account_number",
            ImportType.TARIFFS, "service_code, building_code, valid_from",
            ImportType.METERS, "serial",
            ImportType.READINGS, "serial, period",
            ImportType.PAYMENTS, "payment_id",
            ImportType.RECALCULATIONS, "account_number, service_code, period, reason",
            ImportType.BALANCES, "account_number, service_code, period",
            ImportType.KEY_RATES, "valid_from");

    private ImportChecks() {
    }

    static String keyColumn(ImportType type) {
        return KEY_COLUMN.get(type);
    }

    /** A row whose key the file's earlier line {@code first} already has. */
    static ImportProblem repeatedKey(ImportType type, int line, int first) {
        String column = keyColumn(type);
        return ImportProblem.error(line, column, "повтор ключа (" + column + ") строки " + first + " в этом же файле");
    }

    /** The checks of a type; the one parameter of each is the organization. */
    static List<Check> of(ImportType type) {
        return switch (type) {
            // The meter of each reading and the account of each payment were found while staging, and the readings
            // checked against their meters there (StagedReferences).
            case BUILDINGS, KEY_RATES, READINGS -> List.of();
            case ACCOUNTS -> List.of(new Check("building_code", MISSING_BUILDING.formatted("v2"), BUILDING_NOT_FOUND));
            case TARIFFS -> List.of(new Check("building_code", MISSING_BUILDING.formatted("v5"), BUILDING_NOT_FOUND));
            case METERS -> List.of(
                    new Check("account_number", MISSING_ACCOUNT.formatted("v2"), ACCOUNT_NOT_FOUND),
                    new Check("building_code", MISSING_BUILDING.formatted("v3"), BUILDING_NOT_FOUND),
                    new Check("service_code", MISSING_SERVICE.formatted("v4"), SERVICE_NOT_FOUND),
                    new Check("service_code", "SELECT s.line, s.v4 FROM import_staging s JOIN service x ON x.organization_id = ?"
                            + " AND x.code = s.v4 WHERE x.method <> 'METERED'",
                            "услуга «%s» начисляется не по прибору учёта (метод не METERED)"));
            case PAYMENTS -> List.of(
                    new Check("payment_id", "SELECT s.line, s.v1 FROM import_staging s JOIN payment p ON p.organization_id = ?"
                            + " AND p.external_id = s.v1"
                            // A card payment the cabinet recorded is dated the day the acquirer took the money; the
                            // registry may date it the day the bank settled it: the same payment, counted once.
                            + " WHERE p.amount <> CAST(s.v4 AS DECIMAL(15,2)) OR p.account_id <> s.ref_id"
                            + " OR (p.paid_on <> CAST(s.v2 AS DATE) AND NOT (p.channel <=> 'ONLINE' AND p.reverses_id IS NULL))",
                            PAYMENT_CHANGED));
            case RECALCULATIONS -> List.of(
                    new Check("account_number", MISSING_ACCOUNT.formatted("v1"), ACCOUNT_NOT_FOUND),
                    new Check("service_code", MISSING_SERVICE.formatted("v2"), SERVICE_NOT_FOUND),
                    new Check("amount", "SELECT s.line, s.v4 FROM import_staging s JOIN personal_account a ON a.organization_id = ?"
                            + " AND a.number = s.v1 JOIN service x ON x.organization_id = a.organization_id AND x.code = s.v2"
                            + " JOIN recalculation r ON r.account_id = a.id AND r.service_id = x.id AND r.period = CAST(s.v3 AS DATE)"
                            + " AND r.reason = s.v5 WHERE r.applied_period IS NOT NULL AND r.amount <> CAST(s.v4 AS DECIMAL(15,2))",
                            "перерасчёт уже применён в закрытом периоде и не может быть изменён на «%s»; загрузите новый перерасчёт"));
            case BALANCES -> List.of(
                    new Check("account_number", MISSING_ACCOUNT.formatted("v1"), ACCOUNT_NOT_FOUND),
                    new Check("service_code", MISSING_SERVICE.formatted("v2"), SERVICE_NOT_FOUND),
                    new Check("period", "SELECT s.line, DATE_FORMAT(s.v3, '%Y-%m') FROM import_staging s JOIN billing_period p"
                            + " ON p.organization_id = ? GROUP BY s.line, s.v3"
                            + " HAVING CAST(s.v3 AS DATE) >= MIN(p.period)",
                            "период %s не раньше первого расчётного периода: входящие остатки относятся к месяцам до него"));
        };
    }
}
