package org.dunefront.grid;

import java.util.Objects;

/**
 * The geometry of a raster grid: CRS, affine geotransform and size in cells.
 *
 * @param crs       coordinate reference system definition (may be {@link CrsDefinition#UNKNOWN})
 * @param transform pixel-corner to CRS affine transform
 * @param width     number of columns (≥ 1)
 * @param height    number of rows (≥ 1)
 */
public record GridGeometry(CrsDefinition crs, GeoTransform transform, int width, int height) {

    public GridGeometry {
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(transform, "transform");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("Grid size must be at least 1 x 1, got " + width + " x " + height);
        }
    }

    /** A north-up grid whose upper-left corner is (minX, maxY). Cell sizes in CRS units. */
    public static GridGeometry northUp(CrsDefinition crs, double minX, double maxY, double cellSizeX,
                                       double cellSizeY, int width, int height) {
        return new GridGeometry(crs, GeoTransform.northUp(minX, maxY, cellSizeX, cellSizeY), width, height);
    }

    public Window extent() {
        return new Window(0, 0, width, height);
    }

    public long cellCount() {
        return (long) width * height;
    }

    /** Cell size along x in CRS units. */
    public double cellSizeX() {
        return transform.cellSizeX();
    }

    /** Cell size along y in CRS units. */
    public double cellSizeY() {
        return transform.cellSizeY();
    }

    /** Cell area in squared CRS units (m² for projected metric CRSs). */
    public double cellArea() {
        GeoTransform t = transform;
        return Math.abs(t.pixelWidth() * t.pixelHeight() - t.rowRotation() * t.colRotation());
    }

    /** The geometry of a window of this grid (same CRS, shifted origin). */
    public GridGeometry subGrid(Window w) {
        return new GridGeometry(crs, transform.shift(w.col(), w.row()), w.width(), w.height());
    }

    /** Bounding box of the grid in CRS units: {minX, minY, maxX, maxY}. */
    public double[] envelope() {
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        int[][] corners = {{0, 0}, {width, 0}, {0, height}, {width, height}};
        for (int[] c : corners) {
            double x = transform.x(c[0], c[1]), y = transform.y(c[0], c[1]);
            minX = Math.min(minX, x); maxX = Math.max(maxX, x);
            minY = Math.min(minY, y); maxY = Math.max(maxY, y);
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    /** True when both grids have the same CRS definition, transform (to a relative tolerance) and size. */
    public boolean sameGridAs(GridGeometry o, double relativeTolerance) {
        if (width != o.width || height != o.height || !crs.equals(o.crs)) return false;
        double[] a = transform.toGdal(), b = o.transform.toGdal();
        double scale = Math.max(cellSizeX(), cellSizeY());
        for (int i = 0; i < 6; i++) {
            double tol = relativeTolerance * Math.max(scale, Math.abs(a[i]));
            if (Math.abs(a[i] - b[i]) > tol) return false;
        }
        return true;
    }
}
