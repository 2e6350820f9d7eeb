package ru.gkh.cabinet.domain.model.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationDetailsTest {

    @Test
    void validDetailsHaveNoProblemsAndBlanksBecomeNull() {
        OrganizationDetails d = new OrganizationDetails(" ООО «УК Пример» ", "5406123456", "540601001", "1025402456789", "ПАО Сбербанк",
                "045004641", "30101810500000000641", "40702810944050012345", "", null, null, " ");
        assertEquals(List.of(), d.problems());
        assertEquals("ООО «УК Пример»", d.name());
        assertEquals(null, d.address());
        assertEquals(null, d.website());
    }

    @Test
    void eachBadFieldIsNamed() {
        OrganizationDetails d = new OrganizationDetails(null, "123", "54060100", "1", "Банк | с чертой", "04500464",
                "3010181050000000064", "4070281094405001234X", null, null, null, null);
        assertEquals(List.of("Название: обязательное поле", "ИНН: «123» — ожидается 10 или 12 цифр", "КПП: «54060100» — ожидается 9 цифр",
                "ОГРН: «1» — ожидается 13 или 15 цифр", "БИК: «04500464» — ожидается 9 цифр",
                "Корр. счёт: «3010181050000000064» — ожидается 20 цифр", "Расчётный счёт: «4070281094405001234X» — ожидается 20 цифр",
                "Банк: не длиннее 45 символов (так его пишет QR-код платежа) и без знака «|»"), d.problems());
    }
}
