package org.dunefront.wind;

import java.util.Objects;

/**
 * Fryberger &amp; Dean (1979) drift potential (USGS Professional Paper 1052, 137–169; Fryberger 1978,
 * USGS Open-File Report 78-405):
 * <pre>
 *   DP  = Σ V² (V − Vt) · t          (only where V &gt; Vt; V, Vt in knots at 10 m)
 *   RDP = | Σ V² (V − Vt) · t · ê |   (ê = unit vector of the direction sand moves toward)
 *   RDD = atan2(E, N)                 (degrees clockwise from north, direction sand moves toward)
 * </pre>
 * <b>Percent vs fraction.</b> Fryberger's tables give t in percent and divide the weighting factor
 * by 100 (WF = V²(V − Vt)/100); that is identical to using t as a <em>fraction of the record</em>
 * (0–1) without the /100, which is the convention used here: V = 20 kn, t = 0.10, Vt = 12 kn gives
 * 400 · 8 · 0.10 = 320 VU. For a time series each step has t = 1/N (N = number of valid steps).
 * Fryberger used speed-class midpoints; a time series uses each step's own speed.
 */
public final class DriftPotentialCalculator {
    private DriftPotentialCalculator() {
    }

    /**
     * DP from a histogram (the Fryberger table form).
     *
     * @param speedKn   wind speed at 10 m of each class, knots
     * @param fromDeg   meteorological direction each class blows from, degrees
     * @param fraction  fraction of the record (0–1) in each class
     */
    public static DriftPotential fromHistogram(double[] speedKn, double[] fromDeg, double[] fraction,
                                               DriftPotentialParams params) {
        Objects.requireNonNull(params);
        if (speedKn.length != fromDeg.length || speedKn.length != fraction.length) {
            throw new IllegalArgumentException("speedKn, fromDeg and fraction must have the same length");
        }
        DriftAccumulator acc = new DriftAccumulator(params.thresholdWindKn());
        for (int i = 0; i < speedKn.length; i++) {
            if (fraction[i] < 0 || fraction[i] > 1) throw new IllegalArgumentException("fraction must be in [0, 1]: " + fraction[i]);
            double east = WindDirection.eastwardComponent(1, fromDeg[i]);
            double north = WindDirection.northwardComponent(1, fromDeg[i]);
            acc.addKnots(speedKn[i], east, north, fraction[i]);
        }
        return acc.result();
    }

    /**
     * DP from a time series of wind components at 10 m in m/s (converted to knots internally);
     * every step weighs t = 1/N. NaN steps are skipped (N counts valid steps only).
     */
    public static DriftPotential fromSeriesMps(float[] uMps, float[] vMps, DriftPotentialParams params) {
        Objects.requireNonNull(params);
        if (uMps.length != vMps.length) throw new IllegalArgumentException("uMps and vMps differ in length");
        int valid = 0;
        for (int i = 0; i < uMps.length; i++) if (!Float.isNaN(uMps[i]) && !Float.isNaN(vMps[i])) valid++;
        DriftAccumulator acc = new DriftAccumulator(params.thresholdWindKn());
        if (valid == 0) return new DriftPotential(Double.NaN, Double.NaN, Double.NaN);
        double t = 1.0 / valid;
        for (int i = 0; i < uMps.length; i++) {
            if (Float.isNaN(uMps[i]) || Float.isNaN(vMps[i])) continue;
            acc.addMps(uMps[i], vMps[i], t);
        }
        return acc.result();
    }
}
