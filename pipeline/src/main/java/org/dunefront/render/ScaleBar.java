package org.dunefront.render;

/** Chooses a "nice" scale-bar length (1, 2 or 5 × 10^k metres) near a target length. */
public final class ScaleBar {
    private ScaleBar() { }

    /** Largest 1/2/5·10^k length not exceeding {@code maxLengthM} (metres; {@code maxLengthM} > 0). */
    public static double niceLengthM(double maxLengthM) {
        if (!(maxLengthM > 0)) throw new IllegalArgumentException("max length must be positive: " + maxLengthM);
        double pow = Math.pow(10, Math.floor(Math.log10(maxLengthM)));
        double best = pow;
        for (double m : new double[] {1, 2, 5}) {
            if (m * pow <= maxLengthM * (1 + 1e-12)) best = m * pow;
        }
        return best;
    }

    /** Text for a length: "500 m", "2 km". */
    public static String label(double lengthM) {
        return label(lengthM, "m", "km");
    }

    /** Text for a length with the given unit words: "500 米", "2 公里". */
    public static String label(double lengthM, String metres, String kilometres) {
        if (lengthM >= 1000) {
            double km = lengthM / 1000;
            return (km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km)) + " " + kilometres;
        }
        return (long) lengthM + " " + metres;
    }
}
