package org.dunefront.wind;

/**
 * Parameters of the Fryberger &amp; Dean (1979) drift potential.
 *
 * @param thresholdWindKn impact threshold wind speed at 10 m in knots (Fryberger: 12 kn; many Chinese
 *                        studies use 6 m/s = 11.66 kn); range (0, 60]
 */
public record DriftPotentialParams(double thresholdWindKn) {
    /** Fryberger's threshold, 12 kn. */
    public static final double DEFAULT_THRESHOLD_KN = 12.0;

    public DriftPotentialParams {
        if (!(thresholdWindKn > 0 && thresholdWindKn <= 60)) {
            throw new IllegalArgumentException("thresholdWindKn must be in (0, 60] knots, got " + thresholdWindKn);
        }
    }

    public static DriftPotentialParams defaults() {
        return new DriftPotentialParams(DEFAULT_THRESHOLD_KN);
    }
}
