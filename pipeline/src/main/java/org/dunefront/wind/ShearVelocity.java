package org.dunefront.wind;

/**
 * Threshold and shear velocities.
 * <ul>
 * <li>Bagnold (1941), <i>The Physics of Blown Sand and Desert Dunes</i>: fluid threshold shear
 *     velocity u*t = A · sqrt(((ρs − ρa)/ρa) · g · d).</li>
 * <li>Law of the wall (Prandtl–von Kármán; e.g. Bagnold 1941 ch. 5): U(z) = (u* / κ) ln(z/z0), so
 *     u* = κ U(z) / ln(z / z0), κ = 0.41.</li>
 * <li>Drag partition of Marticorena &amp; Bergametti (1995), JGR 100(D8):16415–16430,
 *     doi:10.1029/95JD00690: the fraction of the total shear velocity acting on the smooth erodible
 *     bed among roughness elements, f = 1 − ln(z0/z0s) / ln(0.35 (0.1 m / z0s)^0.8).</li>
 * </ul>
 */
public final class ShearVelocity {
    /** von Kármán constant κ. */
    public static final double VON_KARMAN = 0.41;
    /** Reference height of reanalysis and station wind, m. */
    public static final double REFERENCE_HEIGHT_M = 10.0;

    private ShearVelocity() {
    }

    /** Bagnold fluid threshold u*t (m/s) = A · sqrt(((ρs − ρa)/ρa) · g · d). */
    public static double bagnoldThresholdMps(SedimentParams s) {
        double rhoA = s.airDensityKgM3();
        return s.thresholdCoefficientA()
                * Math.sqrt((s.grainDensityKgM3() - rhoA) / rhoA * s.gravityMps2() * s.grainDiameterM());
    }

    /** Shear velocity u* (m/s) = κ U(z) / ln(z/z0) for wind {@code windMps} at height {@code heightM}. */
    public static double fromWind(double windMps, double heightM, double roughnessLengthM) {
        checkHeights(heightM, roughnessLengthM);
        return VON_KARMAN * windMps / Math.log(heightM / roughnessLengthM);
    }

    /** Wind speed U(z) (m/s) = (u* / κ) ln(z/z0): the inverse of {@link #fromWind}. */
    public static double windAtHeight(double shearVelocityMps, double heightM, double roughnessLengthM) {
        checkHeights(heightM, roughnessLengthM);
        return shearVelocityMps / VON_KARMAN * Math.log(heightM / roughnessLengthM);
    }

    /** The 10 m wind (m/s) at which the Bagnold threshold is reached over roughness z0. */
    public static double thresholdWind10mMps(SedimentParams s, double roughnessLengthM) {
        return windAtHeight(bagnoldThresholdMps(s), REFERENCE_HEIGHT_M, roughnessLengthM);
    }

    /**
     * Marticorena &amp; Bergametti (1995) efficient fraction of shear on the erodible bed, in [0, 1]:
     * f = 1 − ln(z0/z0s) / ln(0.35 · (0.1 m / z0s)^0.8); 1 when z0 ≤ z0s.
     *
     * @param roughnessLengthM       aerodynamic roughness of the surface with its elements, m
     * @param smoothRoughnessLengthM roughness of the bare erodible bed, m
     */
    public static double dragPartitionFraction(double roughnessLengthM, double smoothRoughnessLengthM) {
        if (!(roughnessLengthM > 0 && smoothRoughnessLengthM > 0)) {
            throw new IllegalArgumentException("roughness lengths must be > 0");
        }
        if (roughnessLengthM <= smoothRoughnessLengthM) return 1.0;
        double f = 1.0 - Math.log(roughnessLengthM / smoothRoughnessLengthM)
                / Math.log(0.35 * Math.pow(0.1 / smoothRoughnessLengthM, 0.8));
        return Math.max(0.0, Math.min(1.0, f));
    }

    private static void checkHeights(double heightM, double roughnessLengthM) {
        if (!(roughnessLengthM > 0) || !(heightM > roughnessLengthM)) {
            throw new IllegalArgumentException("need 0 < z0 < z, got z0=" + roughnessLengthM + " m, z=" + heightM + " m");
        }
    }
}
