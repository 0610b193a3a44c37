package org.dunefront.ranking;

/**
 * Min–max normalisation of one criterion over all patches to 0..1, 1 = best
 * (Malczewski 1999, <i>GIS and Multicriteria Decision Analysis</i>, Wiley, §4.3 "score range procedure"):
 * benefit x' = (x − min)/(max − min), cost x' = (max − x)/(max − min).
 * NaN means "not applicable" (e.g. river recharge potential for a shrub patch): it stays NaN and does
 * not take part in min/max. When all applicable values are equal the criterion does not discriminate
 * and every applicable value gets 1.
 */
public final class CriterionNormaliser {
    private CriterionNormaliser() {}

    public static double[] normalise(double[] raw, CriterionDirection direction) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : raw) {
            if (Double.isNaN(v)) continue;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double[] out = new double[raw.length];
        double range = max - min;
        for (int i = 0; i < raw.length; i++) {
            double v = raw[i];
            if (Double.isNaN(v)) out[i] = Double.NaN;
            else if (!(range > 0)) out[i] = 1;
            else out[i] = direction == CriterionDirection.BENEFIT ? (v - min) / range : (max - v) / range;
        }
        return out;
    }
}
