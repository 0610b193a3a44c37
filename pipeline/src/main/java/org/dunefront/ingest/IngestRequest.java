package org.dunefront.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dunefront.legend.LandCoverMapping;
import org.dunefront.legend.Legend;

/**
 * Everything one ingest run needs, resolved (absolute paths, parsed legend and mapping).
 *
 * @param landCover           categorical land-cover GeoTIFF (required)
 * @param dem                 elevation GeoTIFF in metres (required)
 * @param windU               eastward 10 m wind GeoTIFF, m/s, one band per time step (required)
 * @param windV               northward 10 m wind GeoTIFF, same grid and bands as {@code windU} (required)
 * @param rivers              river lines (GeoPackage or GeoJSON) with optional {@code channelized} and
 *                            {@code seasonal} attributes, or empty
 * @param aoi                 area-of-interest polygons (GeoPackage or GeoJSON), or empty = the whole grid
 * @param plantation          existing plantations: a GeoTIFF mask (non-zero = plantation) or polygons
 *                            (GeoPackage/GeoJSON), or empty
 * @param assets              asset lines and polygons burnt into the land cover (docs/inputs.md "Assets"), or empty
 * @param grid                how the study grid is defined
 * @param legend              the Dunefront legend the land cover is expressed in
 * @param mapping             mapping of the land-cover product's codes onto {@code legend}; empty = the raster
 *                            already holds legend codes
 * @param codeOverrides       source code → legend code replacing the mapping's entry (or adding one)
 * @param maxWindSpeedMps     wind speeds above this are rejected as implausible (m/s, default 60)
 * @param tileSize            tile size of the written GeoTIFFs and of the processing windows (cells, multiple of 16)
 */
public record IngestRequest(Path landCover, Path dem, Path windU, Path windV, Optional<Path> rivers,
                            Optional<Path> aoi, Optional<Path> plantation, Optional<AssetInput> assets, StudyGridSpec grid, Legend legend,
                            Optional<LandCoverMapping> mapping, Map<Integer, Integer> codeOverrides,
                            double maxWindSpeedMps, int tileSize) {

    /** Implausibility limit of 10 m wind speed, m/s (well above any synoptic 10 m wind outside tropical cyclones). */
    public static final double DEFAULT_MAX_WIND_SPEED_MPS = 60;
    public static final int DEFAULT_TILE_SIZE = 512;

    public IngestRequest {
        Objects.requireNonNull(landCover, "landCover");
        Objects.requireNonNull(dem, "dem");
        Objects.requireNonNull(windU, "windU");
        Objects.requireNonNull(windV, "windV");
        rivers = rivers == null ? Optional.empty() : rivers;
        aoi = aoi == null ? Optional.empty() : aoi;
        plantation = plantation == null ? Optional.empty() : plantation;
        assets = assets == null ? Optional.empty() : assets;
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(legend, "legend");
        mapping = mapping == null ? Optional.empty() : mapping;
        codeOverrides = codeOverrides == null ? Map.of() : Map.copyOf(codeOverrides);
        for (Map.Entry<Integer, Integer> e : codeOverrides.entrySet()) {
            if (e.getKey() < 0 || e.getKey() > 255 || legend.byCode(e.getValue()).isEmpty()) {
                throw new IllegalArgumentException("code override " + e + " must map a value 0..255 to a legend code");
            }
        }
        if (!(maxWindSpeedMps > 0)) throw new IllegalArgumentException("maxWindSpeedMps must be > 0, got " + maxWindSpeedMps);
        if (tileSize < 16 || tileSize % 16 != 0) throw new IllegalArgumentException("tileSize must be a multiple of 16, got " + tileSize);
    }

    /** A request with the required layers, no optional layers, native legend codes and default limits. */
    public static IngestRequest of(Path landCover, Path dem, Path windU, Path windV, StudyGridSpec grid, Legend legend) {
        return new IngestRequest(landCover, dem, windU, windV, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), grid,
                legend, Optional.empty(), Map.of(), DEFAULT_MAX_WIND_SPEED_MPS, DEFAULT_TILE_SIZE);
    }

    public IngestRequest withRivers(Path p) {
        return new IngestRequest(landCover, dem, windU, windV, Optional.ofNullable(p), aoi, plantation, assets, grid, legend, mapping,
                codeOverrides, maxWindSpeedMps, tileSize);
    }

    public IngestRequest withAoi(Path p) {
        return new IngestRequest(landCover, dem, windU, windV, rivers, Optional.ofNullable(p), plantation, assets, grid, legend, mapping,
                codeOverrides, maxWindSpeedMps, tileSize);
    }

    public IngestRequest withPlantation(Path p) {
        return new IngestRequest(landCover, dem, windU, windV, rivers, aoi, Optional.ofNullable(p), assets, grid, legend, mapping,
                codeOverrides, maxWindSpeedMps, tileSize);
    }

    public IngestRequest withAssets(AssetInput a) {
        return new IngestRequest(landCover, dem, windU, windV, rivers, aoi, plantation, Optional.ofNullable(a), grid, legend, mapping,
                codeOverrides, maxWindSpeedMps, tileSize);
    }

    public IngestRequest withMapping(LandCoverMapping m) {
        return new IngestRequest(landCover, dem, windU, windV, rivers, aoi, plantation, assets, grid, legend, Optional.ofNullable(m),
                codeOverrides, maxWindSpeedMps, tileSize);
    }
}
