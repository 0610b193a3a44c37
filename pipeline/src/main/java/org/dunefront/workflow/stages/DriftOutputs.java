package org.dunefront.workflow.stages;

/**
 * File names the drift stage writes (the contract the migrate, rank and render stages read).
 * Study-grid rasters are on the ingest study grid (cells outside the AOI are NaN); the
 * {@code *_native.tif} rasters are on the wind's native grid as ingested.
 */
final class DriftOutputs {
    private DriftOutputs() { }

    /** Drift potential DP, VU (study grid). */
    static final String DP = "dp.tif";
    /** Resultant drift potential RDP, VU. */
    static final String RDP = "rdp.tif";
    /** Resultant drift direction RDD, degrees clockwise from north, direction sand moves toward. */
    static final String RDD = "rdd.tif";
    /** Directional variability RDP/DP, dimensionless. */
    static final String RDP_DP = "rdp_dp.tif";
    /** uint8 energy class of DP (1 low, 2 intermediate, 3 high; 0 nodata). */
    static final String DP_CLASS = "dp_class.tif";
    /** uint8 class of RDP/DP (1 low, 2 intermediate, 3 high; 0 nodata). */
    static final String RDP_DP_CLASS = "rdp_dp_class.tif";
    /** Annual potential sand flux over bare reference sand, eastward, m³ m⁻¹ yr⁻¹ (bulk volume). */
    static final String QX = "qx.tif";
    /** Annual potential sand flux, northward, m³ m⁻¹ yr⁻¹. */
    static final String QY = "qy.tif";
    /**
     * The monthly potential flux on the wind's native grid (12 bands, band metadata "month" and "steps"; one band
     * "month=all" without a time axis), eastward, m³ m⁻¹ yr⁻¹: the small forcing the migrate stage downscales onto
     * the study grid per period itself ({@link NativeMonthlyFlux}); there is no study-grid copy.
     */
    static final String QX_MONTHLY_NATIVE = "qx_monthly_native.tif";
    /** The monthly potential flux on the native grid, northward, m³ m⁻¹ yr⁻¹. */
    static final String QY_MONTHLY_NATIVE = "qy_monthly_native.tif";
    /** Flux-weighted 10 m wind speed Σq·U/Σq, m/s. */
    static final String FLUX_WIND = "flux_weighted_wind.tif";
    /**
     * Winstral shelter index Sx at the local scale (drift.shelterDistanceM), degrees: one band per wind sector,
     * band k = wind FROM k·360/S (metadata fromDeg, dpShare, computed); NaN bands for sectors not computed.
     */
    static final String SX_LOCAL = "sx_local.tif";
    /** The same at the regional scale (drift.regionalShelterDistanceM, block-averaged DEM), degrees. */
    static final String SX_REGIONAL = "sx_regional.tif";
    /** Share of the basin DP (0–1) for which a cell is a lee zone or mountain-blocked (map summary of the sectors). */
    static final String SHELTER_DP_FRACTION = "shelter_dp_fraction.tif";
    /** Horn slope, degrees. */
    static final String SLOPE = "slope.tif";
    /** Horn aspect (downslope azimuth), degrees clockwise from north; NaN on flat cells. */
    static final String ASPECT = "aspect.tif";
    /** Basin numbers, classes, distributions, transport law and the 16-sector sand rose. */
    static final String SUMMARY = "drift_summary.json";
    /** Flux vectors over hillshade and land cover (the README figure). */
    static final String FIGURE = "flux_vectors.png";

    /** Suffix of the native-grid variants: {@code dp_native.tif}, ... */
    static String nativeName(String name) {
        return name.replace(".tif", "_native.tif");
    }
}
