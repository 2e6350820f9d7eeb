package ru.gkh.cabinet.domain.model.importing;

/** Russian phone numbers as billing files write them ({@code 8-913-123-45-67}, {@code 89131234567}), stored as {@code +7XXXXXXXXXX}. */
public final class PhoneNumber {

    private PhoneNumber() {
    }

    public static String normalise(String column, String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s()\\-]", "");
        if (digits.startsWith("+7")) {
            digits = digits.substring(2);
        } else if (digits.length() == 11 && (digits.startsWith("8") || digits.startsWith("7"))) {
            digits = digits.substring(1);
        }
        if (!digits.matches("\\d{10}")) {
            throw new RowRejected(column, "«" + text + "» — не российский номер телефона (ожидается +7 и 10 цифр)");
        }
        return "+7" + digits;
    }
}
