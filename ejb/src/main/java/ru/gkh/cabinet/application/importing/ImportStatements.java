package ru.gkh.cabinet.application.importing;

import static ru.gkh.cabinet.infrastructure.persistence.Sql.NO_FOREIGN_KEY_LOOKUP;

import java.util.List;
import ru.gkh.cabinet.domain.model.importing.ImportType;

/**
 * How staged rows become billing data: set-based upserts on the natural keys, run together in one
 * transaction, so a file is applied whole or not at all and a second import of it changes nothing.
 * {@code :org} stands for the organization; each import has its staging table of its own. Posted data is not changed:
 * a payment already recorded stays as it was, a billed reading and an applied recalculation too.
 */
final class ImportStatements {

    private ImportStatements() {
    }

    static List<String> of(ImportType type) {
        return switch (type) {
            case BUILDINGS -> List.of(
                    "INSERT IGNORE INTO department (organization_id, name) SELECT DISTINCT :org, s.v2 FROM import_staging s",
                    "INSERT INTO building (organization_id, code, department_id, address, total_area, common_area)"
                            + " SELECT :org, s.v1, d.id, s.v3, s.v4, s.v5 FROM import_staging s"
                            + " JOIN department d ON d.organization_id = :org AND d.name = s.v2 ORDER BY s.line"
                            + " ON DUPLICATE KEY UPDATE department_id = VALUES(department_id), address = VALUES(address),"
                            + " total_area = VALUES(total_area), common_area = VALUES(common_area)");
            case ACCOUNTS -> List.of(
                    // The parents come from the statement's own joins by unique keys (the building; then the premises
                    // just written), and buildings and premises are never deleted: no foreign-key look-up a row (a
                    // quarter of the apply's time, 100,000 accounts). Premises in file order, since two accounts of a
                    // shared flat name it twice and the later line's areas are kept; accounts unsorted (a number comes
                    // once in a file).
                    NO_FOREIGN_KEY_LOOKUP + "INSERT INTO premises (building_id, number, total_area, living_area, rooms)"
                            + " SELECT b.id, s.v3, s.v4, s.v5, s.v6 FROM import_staging s"
                            + " JOIN building b ON b.organization_id = :org AND b.code = s.v2 ORDER BY s.line"
                            + " ON DUPLICATE KEY UPDATE total_area = VALUES(total_area), living_area = VALUES(living_area), rooms = VALUES(rooms)",
                    NO_FOREIGN_KEY_LOOKUP + "INSERT INTO personal_account (organization_id, number, premises_id, holder_name, residents, phone, email,"
                            + " meter_possible, opened_on, closed_on)"
                            + " SELECT :org, s.v1, p.id, s.v8, s.v7, s.v9, s.v10, s.v11, s.v12, s.v13 FROM import_staging s"
                            + " JOIN building b ON b.organization_id = :org AND b.code = s.v2"
                            + " JOIN premises p ON p.building_id = b.id AND p.number = s.v3"
                            + " ON DUPLICATE KEY UPDATE premises_id = VALUES(premises_id), holder_name = VALUES(holder_name),"
                            + " residents = VALUES(residents), phone = VALUES(phone), email = VALUES(email),"
                            + " meter_possible = VALUES(meter_possible), opened_on = VALUES(opened_on), closed_on = VALUES(closed_on)");
            case TARIFFS -> List.of(
                    "INSERT INTO service (organization_id, code, name, unit, method, volume_from, provider)"
                            + " SELECT :org, s.v1, s.v2, s.v3, s.v4, s.v9, s.v11 FROM import_staging s ORDER BY s.line"
                            + " ON DUPLICATE KEY UPDATE name = VALUES(name), unit = VALUES(unit), method = VALUES(method),"
                            + " volume_from = VALUES(volume_from), provider = VALUES(provider)",
                    "INSERT INTO tariff (service_id, building_code, building_id, valid_from, rate, norm, common_norm)"
                            + " SELECT x.id, s.v5, b.id, s.v6, s.v7, s.v8, s.v10 FROM import_staging s"
                            + " JOIN service x ON x.organization_id = :org AND x.code = s.v1"
                            + " LEFT JOIN building b ON b.organization_id = :org AND b.code = s.v5 ORDER BY s.line"
                            + " ON DUPLICATE KEY UPDATE rate = VALUES(rate), norm = VALUES(norm), common_norm = VALUES(common_norm)");
            case METERS -> List.of(
                    "INSERT INTO meter (organization_id, serial, account_id, building_id, service_id, int_digits, frac_digits,"
                            + " installed_on, verified_until, initial_reading)"
                            + " SELECT :org, s.v1, a.id, b.id, x.id, s.v5, s.v6, s.v7, s.v8, s.v9 FROM import_staging s"
                            + " LEFT JOIN personal_account a ON a.organization_id = :org AND a.number = s.v2"
                            + " LEFT JOIN building b ON b.organization_id = :org AND b.code = s.v3"
                            + " JOIN service x ON x.organization_id = :org AND x.code = s.v4 ORDER BY s.line"
                            + " ON DUPLICATE KEY UPDATE account_id = VALUES(account_id), building_id = VALUES(building_id),"
                            + " service_id = VALUES(service_id), int_digits = VALUES(int_digits), frac_digits = VALUES(frac_digits),"
                            + " installed_on = VALUES(installed_on), verified_until = VALUES(verified_until),"
                            + " initial_reading = VALUES(initial_reading)");
            case READINGS -> List.of(
                    // The meter was found while staging (ref_id), by its unique key, and meters are never deleted: the
                    // foreign key is not looked up again for each of the file's rows (a fifth of the apply's time). In the
                    // staging table's own order, which is the file's by blocks (a sort by line cost 2–3 s for three
                    // million rows): a key comes once in a file, so the order decides nothing but the ids.
                    NO_FOREIGN_KEY_LOOKUP + "INSERT INTO meter_reading (meter_id, period, value, taken_on, source, status)"
                            + " SELECT s.ref_id, s.v2, s.v3, s.v4, 'IMPORT', 'ACCEPTED' FROM import_staging s"
                            + " ON DUPLICATE KEY UPDATE value = IF(status = 'BILLED', value, VALUES(value)),"
                            + " taken_on = IF(status = 'BILLED', taken_on, VALUES(taken_on)),"
                            + " source = IF(status = 'BILLED', source, VALUES(source)),"
                            + " status = IF(status = 'BILLED', status, VALUES(status)), refusal_reason = IF(status = 'BILLED', refusal_reason, NULL)");
            case PAYMENTS -> List.of(
                    // Payments files are posted without staging now (PaymentsPosting); this applies one staged before that
                    // and restarted after it. The account was found while staging (ref_id), and accounts are never
                    // deleted; unsorted: as for readings.
                    NO_FOREIGN_KEY_LOOKUP + "INSERT IGNORE INTO payment (organization_id, external_id, paid_on, account_id, amount, payer_period, channel)"
                            + " SELECT :org, s.v1, s.v2, s.ref_id, s.v4, s.v5, s.v6 FROM import_staging s");
            case RECALCULATIONS -> List.of(
                    "INSERT INTO recalculation (account_id, service_id, period, amount, reason)"
                            + " SELECT a.id, x.id, s.v3, s.v4, s.v5 FROM import_staging s"
                            + " JOIN personal_account a ON a.organization_id = :org AND a.number = s.v1"
                            + " JOIN service x ON x.organization_id = :org AND x.code = s.v2 ORDER BY s.line"
                            + " ON DUPLICATE KEY UPDATE amount = IF(applied_period IS NULL, VALUES(amount), amount)");
            case BALANCES -> List.of(
                    "INSERT INTO opening_balance (account_id, service_id, period, amount)"
                            + " SELECT a.id, x.id, s.v3, s.v4 FROM import_staging s"
                            + " JOIN personal_account a ON a.organization_id = :org AND a.number = s.v1"
                            + " JOIN service x ON x.organization_id = :org AND x.code = s.v2 ORDER BY s.line"
                            + " ON DUPLICATE KEY UPDATE amount = VALUES(amount)");
            case KEY_RATES -> List.of(
                    "INSERT INTO key_rate (organization_id, valid_from, rate)"
                            + " SELECT :org, s.v1, s.v2 FROM import_staging s ORDER BY s.line"
                            + " ON DUPLICATE KEY UPDATE rate = VALUES(rate)");
        };
    }
}
