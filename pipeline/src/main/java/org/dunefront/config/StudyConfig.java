package org.dunefront.config;

import java.util.List;
import java.util.Map;

/**
 * Study area: input files (paths relative to the configuration file's folder; empty = not used),
 * target grid and legend. Defaults point at the bundled sample basin in {@code rasters/}.
 */
public record StudyConfig(
        @Param(description = "Land-cover raster (categorical codes mapped by the legend)",
                defaultValue = "rasters/sample/landcover.tif") String landcover,
        @Param(description = "Digital elevation model raster", unit = "m",
                defaultValue = "rasters/sample/dem.tif") String dem,
        @Param(description = "Eastward wind component raster (one band per time step)", unit = "m/s",
                defaultValue = "rasters/sample/wind_u.tif") String windU,
        @Param(description = "Northward wind component raster (one band per time step)", unit = "m/s",
                defaultValue = "rasters/sample/wind_v.tif") String windV,
        @Param(description = "Seasonal rivers (vector file, GeoPackage or GeoJSON); empty = none",
                defaultValue = "rasters/sample/rivers.gpkg") String rivers,
        @Param(description = "Area of interest polygon (vector file); empty = the whole grid",
                defaultValue = "\"\"") String aoi,
        @Param(description = "Existing plantations/shelterbelts (vector file); empty = none",
                defaultValue = "\"\"") String plantation,
        @Param(description = "Target CRS of the analysis grid (EPSG code such as EPSG:32648, or WKT)",
                defaultValue = "EPSG:32648") String crs,
        @Param(description = "Cell size of the analysis grid", unit = "m", min = 1, max = 10000,
                defaultValue = "100") double cellSizeM,
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
