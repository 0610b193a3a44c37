package org.dunefront.ingest;

import java.util.List;
import java.util.Optional;
import org.dunefront.grid.CrsDefinition;

/**
 * How the study grid is defined. The extent comes from, in order: {@code extent} (in {@code crs}),
 * else the AOI polygons' bounding box in {@code crs}, else the land-cover raster's footprint in
 * {@code crs}; edges are snapped outward to multiples of the cell size (gdalwarp {@code -tap}) by
 * {@link org.dunefront.align.StudyGrid#snap}.
 *
 * @param crs       target CRS; empty = the land-cover raster's CRS
 * @param cellSizeM cell size in CRS units (metres for projected CRSs); must be &gt; 0
 * @param extent    [minX, minY, maxX, maxY] in {@code crs}, or empty
 */
public record StudyGridSpec(Optional<CrsDefinition> crs, double cellSizeM, List<Double> extent) {
    public StudyGridSpec {
        crs = crs == null ? Optional.empty() : crs;
        extent = extent == null ? List.of() : List.copyOf(extent);
        if (!(cellSizeM > 0) || !Double.isFinite(cellSizeM)) {
            throw new IllegalArgumentException("cellSizeM must be a finite number > 0, got " + cellSizeM);
        }
        if (!extent.isEmpty() && (extent.size() != 4 || !(extent.get(0) < extent.get(2)) || !(extent.get(1) < extent.get(3)))) {
            throw new IllegalArgumentException("extent must be [minX, minY, maxX, maxY] with min < max, got " + extent);
        }
    }

    /** A grid in {@code crs} at {@code cellSizeM}, extent from the AOI or the land cover. */
    public static StudyGridSpec of(CrsDefinition crs, double cellSizeM) {
        return new StudyGridSpec(Optional.of(crs), cellSizeM, List.of());
    }
}
