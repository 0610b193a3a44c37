package org.dunefront.wind;

/**
 * Directional-variability class of RDP/DP (Fryberger &amp; Dean 1979): &lt; 0.3 low (complex or obtuse
 * bimodal wind regime), 0.3–0.8 intermediate, &gt; 0.8 high (narrow unimodal).
 */
public enum DirectionalVariability {
    LOW, INTERMEDIATE, HIGH;

    /** The class of an RDP/DP ratio in [0, 1]. */
    public static DirectionalVariability of(double rdpOverDp) {
        if (rdpOverDp < 0.3) return LOW;
        if (rdpOverDp <= 0.8) return INTERMEDIATE;
        return HIGH;
    }
}
