package org.dunefront.wind;

/** The per-cell layers of a {@link WindRegimeGrid}, with their units (for raster metadata). */
public enum WindRegimeField {
    DP_VU("VU", "Fryberger & Dean (1979) drift potential"),
    RDP_VU("VU", "resultant drift potential"),
    RDD_DEG("degree", "resultant drift direction, sand moves toward, clockwise from north"),
    RDP_OVER_DP("1", "directional variability RDP/DP"),
    DRIFT_EAST_VU("VU", "eastward component of the resultant drift potential"),
    DRIFT_NORTH_VU("VU", "northward component of the resultant drift potential"),
    QX_M3_PER_M_YR("m3/m/yr", "eastward annual potential sand flux (bulk volume)"),
    QY_M3_PER_M_YR("m3/m/yr", "northward annual potential sand flux (bulk volume)"),
    FLUX_WEIGHTED_WIND_MPS("m/s", "10 m wind speed averaged with the sand flux as weight");

    private final String unit;
    private final String description;

    WindRegimeField(String unit, String description) {
        this.unit = unit;
        this.description = description;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }
}
