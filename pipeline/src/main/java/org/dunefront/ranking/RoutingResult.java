package org.dunefront.ranking;

/**
 * Per-cell result of {@link DownwindRouting}: the downwind graph (1–2 receivers per cell, with the
 * share of the cell's outflow each receives, cycle-closing edges already cut) and, per cell, the
 * sand leaving it and the fraction of that sand which would reach assets. Immutable.
 */
public final class RoutingResult {
    private final int width;
    private final int height;
    private final double[] outflowM3PerYr;
    private final double[] assetValue;
    private final int[] receiver0;
    private final int[] receiver1;
    private final double[] share0;
    private final double[] share1;
    private final double[] transmission0;
    private final double[] transmission1;
    private final double[] reachAny;
    private final double[] reachValue;

    RoutingResult(int width, int height, double[] outflowM3PerYr, double[] assetValue, int[] receiver0,
                  int[] receiver1, double[] share0, double[] share1, double[] transmission0, double[] transmission1,
                  double[] reachAny, double[] reachValue) {
        this.width = width;
        this.height = height;
        this.outflowM3PerYr = outflowM3PerYr;
        this.assetValue = assetValue;
        this.receiver0 = receiver0;
        this.receiver1 = receiver1;
        this.share0 = share0;
        this.share1 = share1;
        this.transmission0 = transmission0;
        this.transmission1 = transmission1;
        this.reachAny = reachAny;
        this.reachValue = reachValue;
    }

    public int width() { return width; }
    public int height() { return height; }

    /** Sand leaving cell i per year, O = (|qE|·Δy + |qN|·Δx)·1 yr, in m³/yr (0 on asset cells). */
    public double outflowM3PerYr(int i) { return outflowM3PerYr[i]; }

    /** True when cell i is an asset (value &gt; 0): a sink that receives sand and passes none on. */
    public boolean isAsset(int i) { return assetValue[i] > 0; }

    /** Fraction (0..1) of the sand leaving non-asset cell i that would reach any asset, no discount; 0 on assets. */
    public double reachFraction(int i) { return reachAny[i]; }

    /** Asset-value- and travel-weighted reach of the sand leaving non-asset cell i; 0 on assets. */
    public double weightedReach(int i) { return reachValue[i]; }

    /** Sand (m³/yr) passing through cell i that would otherwise reach assets: O·reachFraction. */
    public double interceptedM3PerYr(int i) { return outflowM3PerYr[i] * reachAny[i]; }

    /** The protective value of a one-cell patch at i: O·weightedReach (value-weighted m³/yr). */
    public double protectiveValue(int i) { return outflowM3PerYr[i] * reachValue[i]; }

    /** Per-cell {@link #reachFraction} as an array (row-major). */
    public double[] reachFractions() { return reachAny.clone(); }

    /** Per-cell {@link #interceptedM3PerYr} as an array (row-major). */
    public double[] interceptedM3PerYr() {
        double[] a = new double[outflowM3PerYr.length];
        for (int i = 0; i < a.length; i++) a[i] = interceptedM3PerYr(i);
        return a;
    }

    /** Per-cell {@link #protectiveValue} as an array (row-major). */
    public double[] protectiveValue() {
        double[] a = new double[outflowM3PerYr.length];
        for (int i = 0; i < a.length; i++) a[i] = protectiveValue(i);
        return a;
    }

    /** Total sand (m³/yr) arriving on asset cells from non-asset neighbours in the routed (no-action) field. */
    public double sandReachingAssetsM3PerYr() {
        double s = 0;
        for (int i = 0; i < outflowM3PerYr.length; i++) {
            if (receiver0[i] >= 0 && isAsset(receiver0[i])) s += share0[i] * outflowM3PerYr[i];
            if (receiver1[i] >= 0 && isAsset(receiver1[i])) s += share1[i] * outflowM3PerYr[i];
        }
        return s;
    }

    int receiver(int i, int k) { return k == 0 ? receiver0[i] : receiver1[i]; }

    double share(int i, int k) { return k == 0 ? share0[i] : share1[i]; }

    double transmission(int i, int k) { return k == 0 ? transmission0[i] : transmission1[i]; }

    /** Undiscounted reach of sand arriving at cell k: 1 on an asset, else its reach fraction. */
    double arrivalAny(int k) { return isAsset(k) ? 1 : reachAny[k]; }

    /** Weighted reach of sand arriving at cell k: the asset value on an asset, else its weighted reach. */
    double arrivalValue(int k) { return isAsset(k) ? assetValue[k] : reachValue[k]; }
}
