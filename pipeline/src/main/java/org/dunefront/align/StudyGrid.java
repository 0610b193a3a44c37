package org.dunefront.align;

import java.util.Locale;

import org.dunefront.crs.CrsRegistry;
import org.dunefront.crs.CrsTransform;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;

/**
 * Defines study grids and checks that inputs cover them.
 * <ul>
 *   <li>{@link #snap}: a north-up grid covering an extent, its edges snapped outward to multiples of the cell
 *       size (gdalwarp's {@code -tap}), so grids built from different inputs line up;</li>
 *   <li>{@link #envelopeIn}: a source grid's bounding box in another CRS, from {@value #EDGE_POINTS} points per
 *       edge of its pixel outline (densified like GDAL's {@code OCTTransformBounds});</li>
 *   <li>{@link #covering}: the snapped grid covering a source in a target CRS at a cell size;</li>
 *   <li>{@link #alignedTo}: a grid on a reference raster's own lattice (e.g. the land cover's) covering an extent;</li>
 *   <li>{@link #requireOverlap}: an {@link InputDataException} naming both inputs when they do not overlap.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class StudyGrid {
    /** Points per edge when transforming an outline. */
    public static final int EDGE_POINTS = 21;

    private StudyGrid() { }

    /**
     * The north-up grid in {@code crs} whose edges are {@code envelope} = {minX, minY, maxX, maxY} snapped
     * outward to multiples of {@code cellSize} (CRS units).
     */
    public static GridGeometry snap(CrsDefinition crs, double[] envelope, double cellSize) {
        if (!(cellSize > 0) || !Double.isFinite(cellSize)) throw new IllegalArgumentException("cell size must be > 0, got " + cellSize);
        if (!(envelope[2] > envelope[0]) || !(envelope[3] > envelope[1])) {
            throw new IllegalArgumentException("empty extent " + java.util.Arrays.toString(envelope));
        }
        double minX = Math.floor(envelope[0] / cellSize + 1e-9) * cellSize;
        double minY = Math.floor(envelope[1] / cellSize + 1e-9) * cellSize;
        double maxX = Math.ceil(envelope[2] / cellSize - 1e-9) * cellSize;
        double maxY = Math.ceil(envelope[3] / cellSize - 1e-9) * cellSize;
        int w = (int) Math.round((maxX - minX) / cellSize), h = (int) Math.round((maxY - minY) / cellSize);
        return new GridGeometry(crs, GeoTransform.northUp(minX, maxY, cellSize, cellSize), w, h);
    }

    /**
     * The sub-grid of the north-up {@code reference} lattice (same CRS, cell size and cell boundaries, extended
     * beyond the reference when needed) that covers {@code envelope} = {minX, minY, maxX, maxY} in the
     * reference's CRS: "snap the study grid to the land-cover raster", so its cells are copied, not resampled.
     *
     * @throws IllegalArgumentException when the reference is rotated
     */
    public static GridGeometry alignedTo(GridGeometry reference, double[] envelope) {
        GeoTransform t = reference.transform();
        if (!t.isNorthUp()) throw new IllegalArgumentException("reference grid must be north-up: " + t);
        double cw = t.pixelWidth(), ch = -t.pixelHeight();
        double c0 = Math.floor((envelope[0] - t.originX()) / cw + 1e-9), c1 = Math.ceil((envelope[2] - t.originX()) / cw - 1e-9);
        double r0 = Math.floor((t.originY() - envelope[3]) / ch + 1e-9), r1 = Math.ceil((t.originY() - envelope[1]) / ch - 1e-9);
        if (!(c1 > c0) || !(r1 > r0)) throw new IllegalArgumentException("empty extent " + java.util.Arrays.toString(envelope));
        return new GridGeometry(reference.crs(), GeoTransform.northUp(t.originX() + c0 * cw, t.originY() - r0 * ch, cw, ch),
                (int) (c1 - c0), (int) (r1 - r0));
    }

    /** Bounding box {minX, minY, maxX, maxY} of {@code grid}'s outline in {@code targetCrs}. */
    public static double[] envelopeIn(GridGeometry grid, String gridName, CrsDefinition targetCrs) {
        return envelopeIn(grid, gridName, targetCrs, CrsRegistry.describeOrLabel(targetCrs));
    }

    private static double[] envelopeIn(GridGeometry grid, String gridName, CrsDefinition targetCrs, String targetName) {
        CrsTransform t = CrsTransform.between(grid.crs(), targetCrs, gridName, targetName);
        int n = EDGE_POINTS;
        double[] pts = new double[2 * 4 * n];
        int k = 0;
        GeoTransform g = grid.transform();
        for (int i = 0; i < n; i++) {
            double f = (double) i / (n - 1);
            double[][] outline = {
                {f * grid.width(), 0}, {f * grid.width(), grid.height()}, {0, f * grid.height()}, {grid.width(), f * grid.height()}};
            for (double[] p : outline) {
                pts[k++] = g.x(p[0], p[1]);
                pts[k++] = g.y(p[0], p[1]);
            }
        }
        t.transformInPlace(pts, 0, 4 * n);
        double[] env = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < pts.length; i += 2) {
            if (!Double.isFinite(pts[i]) || !Double.isFinite(pts[i + 1])) continue;
            env[0] = Math.min(env[0], pts[i]);
            env[1] = Math.min(env[1], pts[i + 1]);
            env[2] = Math.max(env[2], pts[i]);
            env[3] = Math.max(env[3], pts[i + 1]);
        }
        if (!(env[0] <= env[2])) {
            throw new InputDataException(gridName, "its extent cannot be expressed in " + CrsRegistry.describeOrLabel(targetCrs),
                    "Choose a study-grid CRS that covers the input");
        }
        return env;
    }

    /** The snapped grid in {@code targetCrs} at {@code cellSize} covering {@code source}. */
    public static GridGeometry covering(GridGeometry source, String sourceName, CrsDefinition targetCrs, double cellSize) {
        return snap(targetCrs, envelopeIn(source, sourceName, targetCrs), cellSize);
    }

    /** True when the two grids share area (outline of {@code b} transformed into {@code a}'s CRS). */
    public static boolean overlaps(GridGeometry a, String nameA, GridGeometry b, String nameB) {
        double[] ea = a.envelope();
        double[] eb;
        try {
            eb = envelopeIn(b, nameB, a.crs(), nameA);
        } catch (InputDataException e) {
            if (e.getMessage().contains("cannot be expressed")) return false;
            throw e;
        }
        return Math.min(ea[2], eb[2]) > Math.max(ea[0], eb[0]) && Math.min(ea[3], eb[3]) > Math.max(ea[1], eb[1]);
    }

    /** @throws InputDataException "no overlap between A (extent) and B (extent)" when the grids do not overlap */
    public static void requireOverlap(GridGeometry a, String nameA, GridGeometry b, String nameB) {
        if (overlaps(a, nameA, b, nameB)) return;
        throw new InputDataException(nameA, "no overlap between " + nameA + " " + describe(a) + " and " + nameB + " " + describe(b),
                "Check that both cover the same area and that their coordinate reference systems are right (gdalinfo shows both)");
    }

    private static String describe(GridGeometry g) {
        double[] e = g.envelope();
        return "(" + fmt(e[0]) + ", " + fmt(e[1]) + " – " + fmt(e[2]) + ", " + fmt(e[3]) + " in " + g.crs().label() + ")";
    }

    /** Metres to the metre, degrees to 1e-6 degree (about 0.1 m). */
    private static String fmt(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.6f", v);
    }
}
