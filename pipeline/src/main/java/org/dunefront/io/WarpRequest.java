package org.dunefront.io;

import java.util.Objects;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;

/**
 * What a reprojection should produce: either exactly a target grid (the study grid), or a grid in a
 * target CRS at a given cell size whose extent the warper derives from the source (as {@code gdalwarp
 * -t_srs … -tr …} does).
 *
 * @param targetGrid   the exact output grid, or null to derive it from {@code targetCrs} and {@code cellSize}
 * @param targetCrs    output CRS (equals {@code targetGrid.crs()} when a grid is given)
 * @param cellSize     output cell size in target CRS units (ignored when a grid is given; then NaN)
 * @param resampling   the interpolation kernel
 */
public record WarpRequest(GridGeometry targetGrid, CrsDefinition targetCrs, double cellSize, Resampling resampling) {
    public WarpRequest {
        Objects.requireNonNull(targetCrs, "targetCrs");
        Objects.requireNonNull(resampling, "resampling");
        if (!targetCrs.isKnown()) throw new IllegalArgumentException("The warp target CRS must be known");
        if (targetGrid == null && !(cellSize > 0 && Double.isFinite(cellSize))) {
            throw new IllegalArgumentException("cellSize must be a positive number of target CRS units, got " + cellSize);
        }
    }

    /** Warp exactly onto {@code grid} (its CRS, transform and size). */
    public static WarpRequest ontoGrid(GridGeometry grid, Resampling resampling) {
        return new WarpRequest(grid, grid.crs(), Double.NaN, resampling);
    }

    /** Warp into {@code crs} with square cells of {@code cellSize} CRS units, extent derived from the source. */
    public static WarpRequest toCrs(CrsDefinition crs, double cellSize, Resampling resampling) {
        return new WarpRequest(null, crs, cellSize, resampling);
    }
}
