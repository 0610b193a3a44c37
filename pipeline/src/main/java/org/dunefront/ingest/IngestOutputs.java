package org.dunefront.ingest;

import java.util.List;

/**
 * File names of the ingest workspace (the contract later stages read). Every raster except the
 * native wind files ({@link #NATIVE_WIND_RASTERS}) is on the study grid described by {@link #GRID_JSON}; cells outside the AOI
 * are nodata in every study-grid layer.
 */
public final class IngestOutputs {
    /** Study grid (CRS, geotransform, size), the wind time axis and the ingest summary. */
    public static final String GRID_JSON = "grid.json";
    /** uint8 Dunefront legend codes (nodata = the legend's nodata code, 0). */
    public static final String LANDCOVER = "landcover.tif";
    /** float32 elevation in metres, bilinear (nodata -9999). */
    public static final String DEM = "dem.tif";
    /** float32 eastward wind at 10 m (m/s) on the wind's NATIVE coarse grid, clipped; one band per time step with "time" metadata. */
    public static final String WIND_U = "wind_u.tif";
    /** float32 northward wind at 10 m (m/s), same native grid and bands as {@link #WIND_U}. */
    public static final String WIND_V = "wind_v.tif";
    /**
     * float32 record-mean eastward wind (m/s) on the wind's native grid of {@link #WIND_U}, one band (nodata -9999): a
     * display layer, read by no stage.
     */
    public static final String WIND_U_MEAN = "wind_u_mean_native.tif";
    /** float32 record-mean northward wind (m/s) on the wind's native grid of {@link #WIND_V}, one band (nodata -9999). */
    public static final String WIND_V_MEAN = "wind_v_mean_native.tif";
    /** uint8 river flags, OR of {@link org.dunefront.plan.RiverFlag} bits (0 = no river; nodata 255 outside the AOI). */
    public static final String RIVERS = "rivers.tif";
    /** uint8 AOI mask: 1 inside, 0 outside (no nodata: it is the mask). */
    public static final String AOI = "aoi.tif";
    /** uint8 existing plantations: 1 plantation, 0 none (nodata 255 outside the AOI). Always written (all 0 without input). */
    public static final String PLANTATION = "plantation.tif";

    /** Files on the study grid. */
    public static final List<String> STUDY_GRID_RASTERS = List.of(LANDCOVER, DEM, RIVERS, AOI, PLANTATION);
    /** Files on the wind's native grid. */
    public static final List<String> NATIVE_WIND_RASTERS = List.of(WIND_U, WIND_V, WIND_U_MEAN, WIND_V_MEAN);

    /** Nodata of the float32 study-grid layers. */
    public static final float FLOAT_NODATA = -9999f;
    /** Nodata of the uint8 flag/mask layers (rivers, plantation). */
    public static final int FLAG_NODATA = 255;

    private IngestOutputs() { }
}
