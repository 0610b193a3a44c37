package org.dunefront.wind;

/**
 * Wind speed units. Fryberger &amp; Dean (1979) work in knots; reanalysis wind comes in m/s. Every
 * conversion is a named method so that a value never changes unit silently (entering m/s where
 * knots are expected changes DP by 1.944³ ≈ 7.35×, see {@code science.md} §1).
 */
public final class WindUnits {
    /** Knots per metre per second: 1 kn = 1852 m / 3600 s, so 1 m/s = 3600/1852 kn ≈ 1.943844 kn. */
    public static final double KNOTS_PER_MPS = 3600.0 / 1852.0;

    private WindUnits() {
    }

    /** Converts a speed in m/s to knots. */
    public static double knotsFromMps(double speedMps) {
        return speedMps * KNOTS_PER_MPS;
    }

    /** Converts a speed in knots to m/s. */
    public static double mpsFromKnots(double speedKn) {
        return speedKn / KNOTS_PER_MPS;
    }
}
