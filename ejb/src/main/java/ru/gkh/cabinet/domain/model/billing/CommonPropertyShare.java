package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The premises' share of common-property consumption (ОДН, КР на СОИ) of a building with a house meter: the house
 * volume less the sum of individual volumes, split by area, capped by the common-property norm where one is set.
 */
public final class CommonPropertyShare {

    private CommonPropertyShare() {
    }

    /** House meter volume − Σ individual volumes; nothing when that is not positive (a negative one is not charged). */
    public static Optional<BigDecimal> commonVolume(BigDecimal houseVolume, BigDecimal individualVolumes) {
        BigDecimal common = houseVolume.subtract(individualVolumes);
        return common.signum() > 0 ? Optional.of(common) : Optional.empty();
    }

    /**
     * round6(common × area ÷ total area), capped at round6(norm × common area × area ÷ total area) when both the norm
     * and the common area are set.
     */
    public static BigDecimal share(BigDecimal commonVolume, BigDecimal premisesArea, BigDecimal buildingArea,
                                   BigDecimal commonNorm, BigDecimal commonArea) {
        BigDecimal share = commonVolume.multiply(premisesArea).divide(buildingArea, Rounding.VOLUME, RoundingMode.HALF_UP);
        if (commonNorm != null && commonArea != null) {
            BigDecimal cap = commonNorm.multiply(commonArea).multiply(premisesArea).divide(buildingArea, Rounding.VOLUME, RoundingMode.HALF_UP);
            if (share.compareTo(cap) > 0) {
                return cap;
            }
        }
        return share;
    }
}
