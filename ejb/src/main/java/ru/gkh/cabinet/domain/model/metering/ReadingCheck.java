package ru.gkh.cabinet.domain.model.metering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.gkh.cabinet.domain.model.receipt.RussianNumbers;

/**
 * Whether a reading a resident types can be taken, checked the way the meter and its history allow: the dial's digits
 * (значность), not lower than the previous reading unless the dial went through zero (confirmed), a consumption more
 * than ten times the recent average only when confirmed, and a meter whose verification has not expired.
 *
 * @param intDigits     digits before the decimal point
 * @param fracDigits    digits after it
 * @param verifiedUntil the end of the meter's verification interval (null: not known)
 * @param previous      the last reading taken before (or the initial one)
 * @param recentVolumes the consumption of recent months measured by readings, newest first
 */
public record ReadingCheck(int intDigits, int fracDigits, LocalDate verifiedUntil, BigDecimal previous, List<BigDecimal> recentVolumes) {

    /** How much more than the recent average counts as implausible. */
    public static final BigDecimal JUMP = BigDecimal.TEN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** What became of a reading: taken (with its consumption), refused (why), or to be confirmed (why). */
    public record Result(BigDecimal volume, boolean rolledOver, String refusal, String toConfirm) {

        public boolean taken() {
            return refusal == null && toConfirm == null;
        }
    }

    public Result check(BigDecimal value, boolean rollOverConfirmed, boolean jumpConfirmed, LocalDate today) {
        if (verifiedUntil != null && verifiedUntil.isBefore(today)) {
            return refused("срок поверки счётчика истёк " + DATE.format(verifiedUntil)
                    + ": показания не принимаются, обратитесь в управляющую организацию");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.TEN.pow(intDigits)) >= 0) {
            return refused("у счётчика " + intDigits + " " + digits(intDigits) + " до запятой");
        }
        if (value.stripTrailingZeros().scale() > fracDigits) {
            return refused(fracDigits == 0 ? "у счётчика нет знаков после запятой"
                    : "у счётчика " + fracDigits + " " + digits(fracDigits) + " после запятой");
        }
        BigDecimal volume = value.subtract(previous);
        boolean rolled = false;
        if (volume.signum() < 0) {
            if (!rollOverConfirmed) {
                return refused("меньше предыдущего (" + RussianNumbers.volume(previous) + "). Если счётчик прошёл через ноль,"
                        + " отметьте «переход через ноль»");
            }
            volume = volume.add(BigDecimal.TEN.pow(intDigits));
            rolled = true;
        }
        BigDecimal average = average();
        if (!jumpConfirmed && average != null && average.signum() > 0 && volume.compareTo(average.multiply(JUMP)) > 0) {
            return new Result(volume, rolled, null, "расход " + RussianNumbers.volume(volume) + " больше среднего ("
                    + RussianNumbers.volume(average) + ") в " + volume.divide(average, 0, RoundingMode.DOWN) + " раз: проверьте показание"
                    + " и подтвердите его");
        }
        return new Result(volume, rolled, null, null);
    }

    /** The average of the recent months' consumption, or null without history. */
    BigDecimal average() {
        if (recentVolumes == null || recentVolumes.isEmpty()) {
            return null;
        }
        return recentVolumes.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(recentVolumes.size()), 6, RoundingMode.HALF_UP);
    }

    private static Result refused(String why) {
        return new Result(null, false, why, null);
    }

    private static String digits(int n) {
        int last = n % 10;
        return n % 100 >= 11 && n % 100 <= 14 ? "разрядов" : last == 1 ? "разряд" : last >= 2 && last <= 4 ? "разряда" : "разрядов";
    }
}
