package org.dunefront.config;

import java.util.List;
import java.util.Map;

/**
 * Study area: input files (paths relative to the configuration file's folder; empty = not used),
 * target grid and legend. Defaults point at the bundled sample basin in {@code rasters/} (docs/inputs.md, docs/ingest.md).
 */
public record StudyConfig(
        @Param(description = "Land-cover raster (categorical codes mapped by the legend)",
                defaultValue = "rasters/landcover.tif") String landcover,
        @Param(description = "Digital elevation model raster", unit = "m",
                defaultValue = "rasters/dem.tif") String dem,
        @Param(description = "Eastward wind component raster (one band per time step)", unit = "m/s",
                defaultValue = "rasters/wind_u10.tif") String windU,
        @Param(description = "Northward wind component raster (one band per time step)", unit = "m/s",
                defaultValue = "rasters/wind_v10.tif") String windV,
        @Param(description = "Seasonal rivers (vector file, GeoPackage or GeoJSON); empty = none",
                defaultValue = "rasters/rivers.gpkg") String rivers,
        @Param(description = "Area of interest polygon (vector file); empty = the whole grid",
                defaultValue = "\"\"") String aoi,
        @Param(description = "Existing plantations/shelterbelts: GeoTIFF mask (non-zero = plantation) or polygons; empty = none",
                defaultValue = "\"\"") String plantation,
        @Param(description = "Assets to protect (vector file, GeoPackage or GeoJSON): lines (roads, railways, canals) and polygons"
                + " (villages, farms, solar parks) burnt into the land cover; attribute 'class' = a legend asset id; empty = none",
                defaultValue = "\"\"") String assets,
        @Param(description = "Width of asset lines: cells whose centre is within half of it are burnt, besides every cell"
                + " the centre line crosses (0 = only those)", unit = "m", min = 0, max = 10000,
                defaultValue = "30") double assetLineWidthM,
        @Param(description = "CRS of the analysis grid (EPSG code such as EPSG:32648, or WKT); empty = the land cover's",
                defaultValue = "\"\"") String crs,
        @Param(description = "Cell size of the analysis grid", unit = "m", min = 1, max = 10000,
                defaultValue = "30") double cellSizeM,
        @Param(description = "Extent [minX, minY, maxX, maxY] in the target CRS; empty = the land-cover extent",
                unit = "m", defaultValue = "[]") List<Double> extent,
        @Param(description = "Legend file describing land-cover classes; empty = the built-in legend",
                defaultValue = "\"\"") String legendFile,
        @Param(description = "Overrides of land-cover code to Dunefront class (e.g. {\"31\": BARE_SAND})",
                defaultValue = "{}") Map<String, String> legendMapping) {

    public StudyConfig {
        extent = List.copyOf(extent);
        legendMapping = Map.copyOf(legendMapping);
        if (!extent.isEmpty()) {
            if (extent.size() != 4) {
                throw new InvalidParameterException("extent", "expected 4 numbers [minX, minY, maxX, maxY], got "
                        + extent.size(), "Write extent: [minX, minY, maxX, maxY] or [] for the land-cover extent");
            }
            if (extent.get(0) >= extent.get(2) || extent.get(1) >= extent.get(3)) {
                throw new InvalidParameterException("extent", "minX must be < maxX and minY < maxY, got " + extent,
                        "Check the order [minX, minY, maxX, maxY]");
            }
        }
    }
}
