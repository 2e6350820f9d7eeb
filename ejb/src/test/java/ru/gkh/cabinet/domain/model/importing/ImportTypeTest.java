package ru.gkh.cabinet.domain.model.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What one row of each file may hold (formats.md), checked before anything touches the database. */
class ImportTypeTest {

    private static SourceRow row(String... nameValue) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put(nameValue[i], nameValue[i + 1]);
        }
        return new SourceRow(7, m);
    }

    @Test
    void anAccountRowIsNormalised() {
        StagedRow r = ImportType.ACCOUNTS.normalise(row("account_number", "100200301", "building_code", "B001", "premises", "12А",
                "total_area", "54,30", "residents", "3", "holder_name", "Иванов Иван Иванович", "phone", "8-913-123-45-67",
                "meter_possible", "1", "opened_on", "01.02.2015"));
        assertEquals("100200301", r.key());
        assertArrayEquals(new String[] {"100200301", "B001", "12А", "54.30", null, null, "3", "Иванов Иван Иванович",
                "+79131234567", null, "1", "2015-02-01", null}, r.values());
    }

    @Test
    void accountNumbersAreSixToTwelveDigits() {
        RowRejected e = assertThrows(RowRejected.class, () -> ImportType.PAYMENTS.normalise(row("payment_id", "P1", "paid_on",
                "05.11.2026", "account_number", "12-34", "amount", "1")));
        assertEquals("account_number", e.column());
        assertEquals("«12-34» — номер лицевого счёта должен состоять из 6–12 цифр", e.getMessage());
    }

    @Test
    void aPaymentMustBePositive() {
        RowRejected e = assertThrows(RowRejected.class, () -> ImportType.PAYMENTS.normalise(row("payment_id", "P1", "paid_on",
                "05.11.2026", "account_number", "100200301", "amount", "0")));
        assertEquals("«0.00» — должно быть больше нуля", e.getMessage());
    }

    @Test
    void aMeterBelongsToAnAccountOrABuildingNotBoth() {
        RowRejected e = assertThrows(RowRejected.class, () -> ImportType.METERS.normalise(row("serial", "M1", "account_number",
                "100200301", "building_code", "B001", "service_code", "HVS", "int_digits", "5", "installed_on", "01.01.2020",
                "initial_reading", "0")));
        assertEquals("нужно указать ровно одно: account_number (индивидуальный прибор) или building_code (общедомовой)", e.getMessage());
    }

    @Test
    void normAndVolumeSourcesBelongToMeteredServicesOnly() {
        RowRejected e = assertThrows(RowRejected.class, () -> ImportType.TARIFFS.normalise(row("service_code", "MAINT",
                "service_name", "Содержание", "unit", "m2", "method", "AREA", "valid_from", "01.01.2026", "rate", "31,47", "norm", "1")));
        assertEquals("norm", e.column());
        assertEquals("задаётся только для метода METERED", e.getMessage());
        StagedRow vo = ImportType.TARIFFS.normalise(row("service_code", "VO", "service_name", "Водоотведение", "unit", "m3",
                "method", "metered", "valid_from", "01.01.2026", "rate", "25,48", "norm", "8,245", "volume_from", "hvs + gvs"));
        assertEquals("VO|*|2026-01-01", vo.key());
        assertEquals(Arrays.asList("METERED", "*", "2026-01-01", "25.48", "8.245", "HVS+GVS"), Arrays.asList(vo.values()).subList(3, 9));
    }

    @Test
    void fromPathNamesEveryFileOfTheFormats() {
        assertEquals(ImportType.KEY_RATES, ImportType.fromPath("key_rates").orElseThrow());
        assertEquals(9, ImportType.values().length);
    }
}
