package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The dated table of late-fee rates (percent a year) that accountants keep: the rate of a day is the latest one in force. */
public final class KeyRates {

    private final NavigableMap<LocalDate, BigDecimal> rates;

    public KeyRates(Map<LocalDate, BigDecimal> rates) {
        this.rates = new TreeMap<>(rates);
    }

    /** The rate in force on this day; refuses a day before the first rate, since a fee cannot be guessed. */
    public BigDecimal on(LocalDate day) {
        Map.Entry<LocalDate, BigDecimal> e = rates.floorEntry(day);
        if (e == null) {
            throw new IllegalStateException("Нет ставки пеней на " + day + ": загрузите key_rates.csv");
        }
        return e.getValue();
    }
}
