package ru.gkh.cabinet.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccountIdsTest {

    @Test
    void findsEachNumberItKeeps() {
        AccountIds ids = new AccountIds(3000);
        for (int i = 0; i < 3000; i++) {
            ids.put(String.valueOf(100200300L + i * 7919L), 1000 + i);
        }
        for (int i = 0; i < 3000; i++) {
            assertEquals(1000 + i, ids.id(String.valueOf(100200300L + i * 7919L)));
        }
        assertEquals(0, ids.id("100200301"), "a number not kept");
    }

    @Test
    void leadingZerosMakeAnotherNumber() {
        AccountIds ids = new AccountIds(2);
        ids.put("000123", 1);
        ids.put("0000123", 2);
        assertEquals(1, ids.id("000123"));
        assertEquals(2, ids.id("0000123"));
        assertEquals(0, ids.id("123456"));
    }

    @Test
    void whatIsNotDigitsIsLeftToTheDatabase() {
        AccountIds ids = new AccountIds(1);
        ids.put("ЛС-123456", 5);
        assertEquals(0, ids.id("ЛС-123456"));
        assertEquals(0, ids.id(""));
        assertEquals(0, ids.id("1234567890123456"), "longer than a long keeps");
    }
}
