package org.dunefront.wind;

/**
 * Wind energy class of a drift potential (Fryberger &amp; Dean 1979, USGS PP 1052): DP &lt; 200 VU low,
 * 200–399 intermediate, ≥ 400 high.
 */
public enum EnergyClass {
    LOW, INTERMEDIATE, HIGH;

    /** The class of a drift potential in vector units (VU). */
    public static EnergyClass of(double dpVu) {
        if (dpVu < 200) return LOW;
        if (dpVu < 400) return INTERMEDIATE;
        return HIGH;
    }
}
