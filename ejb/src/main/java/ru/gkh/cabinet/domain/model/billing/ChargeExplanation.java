package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import ru.gkh.cabinet.domain.model.receipt.RussianNumbers;

/**
 * How a month's charge for a service was computed, in words and numbers as residents read them
 * ("4,745 м³ × 3 чел. × 33,73 руб. = 480,13 руб. — по нормативу, показания не переданы"). Built from what the close
 * stored: the service's method, the volume's basis (READING, AVERAGE, NORM, MIXED), volume, rate and amount, with the
 * premises' area, the residents and the norm in force.
 */
public record ChargeExplanation(String method, String basis, String unit, BigDecimal volume, BigDecimal rate, BigDecimal amount,
                                BigDecimal area, int residents, BigDecimal norm, boolean hasMeter) {

    private static final BigDecimal RAISED = new BigDecimal("1.5");

    /** The sentence for the service's own charge. */
    public String text() {
        if (amount == null) {
            return "не начислялось";
        }
        String formula;
        String why;
        switch (method == null ? "" : method) {
            case "AREA" -> {
                formula = num(area) + " м² × " + rub(rate);
                why = "по площади помещения";
                return sentence(formula, area, why);
            }
            case "PER_RESIDENT" -> {
                formula = residents + " чел. × " + rub(rate);
                why = "по числу проживающих";
                return sentence(formula, BigDecimal.valueOf(residents), why);
            }
            case "FIXED" -> {
                return rub(rate) + " в месяц = " + rub(amount) + " — фиксированная плата" + prorated(BigDecimal.ONE);
            }
            default -> {
                return metered();
            }
        }
    }

    private String metered() {
        String u = " " + unit;
        if ("NORM".equals(basis) && norm != null && norm.signum() > 0 && residents > 0) {
            BigDecimal base = norm.multiply(BigDecimal.valueOf(residents));
            boolean raised = volume != null && volume.compareTo(base.multiply(RAISED).setScale(volume.scale(), RoundingMode.HALF_UP)) == 0
                    && volume.compareTo(base.setScale(volume.scale(), RoundingMode.HALF_UP)) != 0;
            String formula = num(norm) + u + " × " + residents + " чел." + (raised ? " × 1,5" : "") + " × " + rub(rate);
            String why = hasMeter ? "по нормативу, показания не переданы"
                    : raised ? "по нормативу с повышающим коэффициентом 1,5: счётчик можно установить, но его нет"
                    : "по нормативу, счётчика нет";
            return sentence(formula, volume, why);
        }
        String why = switch (basis == null ? "" : basis) {
            case "READING" -> "по показаниям счётчика";
            case "AVERAGE" -> "по среднему потреблению, показания не переданы";
            case "NORM" -> "по нормативу, показания не переданы";
            case "MIXED" -> "частью по показаниям, частью расчётно (по среднему или нормативу)";
            default -> "по объёму";
        };
        return sentence(num(volume) + u + " × " + rub(rate), volume, why);
    }

    /** "formula = amount — why", noting a month charged only for the days the account was open. */
    private String sentence(String formula, BigDecimal quantity, String why) {
        return formula + " = " + rub(amount) + " — " + why + prorated(quantity);
    }

    private String prorated(BigDecimal quantity) {
        if (quantity == null || rate == null) {
            return "";
        }
        BigDecimal full = quantity.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        return amount.compareTo(full) < 0 && amount.signum() > 0 ? " (за дни месяца, когда лицевой счёт был открыт)" : "";
    }

    /** The common-property (ОДН) part, or null when there is none. */
    public static String common(String unit, BigDecimal commonVolume, BigDecimal rate, BigDecimal commonAmount) {
        if (commonAmount == null || commonVolume == null) {
            return null;
        }
        return "ОДН: " + num(commonVolume) + " " + unit + " × " + rub(rate) + " = " + rub(commonAmount)
                + " — доля общедомового потребления по площади помещения";
    }

    private static String num(BigDecimal v) {
        return RussianNumbers.volume(v);
    }

    private static String rub(BigDecimal v) {
        return (v != null && v.scale() > 2 ? RussianNumbers.rate(v) : RussianNumbers.money(v)) + " руб.";
    }
}
