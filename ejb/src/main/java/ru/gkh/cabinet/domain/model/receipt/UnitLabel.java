package ru.gkh.cabinet.domain.model.receipt;

import java.util.Map;

/** How residents read a unit of formats.md's tariff file: {@code m3} is «м³», {@code person} «чел.». */
public final class UnitLabel {

    private static final Map<String, String> LABELS = Map.of("m2", "м²", "m3", "м³", "kWh", "кВт·ч", "Gcal", "Гкал",
            "person", "чел.", "month", "мес.");

    private UnitLabel() {
    }

    public static String of(String code) {
        return code == null ? "" : LABELS.getOrDefault(code, code);
    }
}
