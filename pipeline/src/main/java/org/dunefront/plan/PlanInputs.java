package org.dunefront.plan;

import java.util.Objects;
import org.dunefront.grid.GridGeometry;

/**
 * Aligned input layers of the plan, row-major on one metric, axis-aligned grid, in compact types:
 * land-cover codes and river flags as unsigned bytes (whole grid), flux, slope and aspect as float32
 * {@link FloatLayer}s (the types of the rasters they come from), whole-grid or read strip by strip:
 * 2 to 18 bytes per cell. Arrays are not copied (they may be large); callers must not modify them while
 * the plan runs.
 *
 * @param grid                 grid geometry (cell sizes in metres)
 * @param landCover            land-cover class codes 0..255 (unsigned bytes)
 * @param landCoverLookup      class code → traits (from the legend)
 * @param fluxEastM3PerMPerYr  annual sand flux, east component (m³ m⁻¹ yr⁻¹; NaN = no data)
 * @param fluxNorthM3PerMPerYr annual sand flux, north component (m³ m⁻¹ yr⁻¹)
 * @param slopeDeg             slope in degrees (NaN = no data)
 * @param aspectDeg            aspect: direction the slope faces, degrees clockwise from north (NaN = flat / no data)
 * @param riverFlags           rivers raster, OR of {@link RiverFlag} bits per cell (unsigned bytes); null when there are no rivers
 * @param roads                true on road cells; null when no road layer is available (the distance-to-roads
 *                             criterion then uses land-cover {@link LandCoverFlag#ROAD} cells, or is not applicable)
 */
public record PlanInputs(GridGeometry grid, byte[] landCover, LandCoverLookup landCoverLookup,
                         FloatLayer fluxEastM3PerMPerYr, FloatLayer fluxNorthM3PerMPerYr, FloatLayer slopeDeg,
                         FloatLayer aspectDeg, byte[] riverFlags, boolean[] roads) {
    public PlanInputs {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(landCoverLookup, "landCoverLookup");
        long n = grid.cellCount();
        check("landCover", landCover.length, n);
        check("fluxEastM3PerMPerYr", fluxEastM3PerMPerYr, grid);
        check("fluxNorthM3PerMPerYr", fluxNorthM3PerMPerYr, grid);
        check("slopeDeg", slopeDeg, grid);
        check("aspectDeg", aspectDeg, grid);
        if (riverFlags != null) check("riverFlags", riverFlags.length, n);
        if (roads != null) check("roads", roads.length, n);
    }

    /**
     * Inputs from int codes and double layers (small grids, tests): codes must be 0..255 and river
     * flags 0..255; doubles are rounded to float32.
     */
    public PlanInputs(GridGeometry grid, int[] landCover, LandCoverLookup landCoverLookup,
                      double[] fluxEastM3PerMPerYr, double[] fluxNorthM3PerMPerYr, double[] slopeDeg,
                      double[] aspectDeg, int[] riverFlags, boolean[] roads) {
        this(grid, bytes(landCover, "landCover"), landCoverLookup, layer(floats(fluxEastM3PerMPerYr), grid),
                layer(floats(fluxNorthM3PerMPerYr), grid), layer(floats(slopeDeg), grid), layer(floats(aspectDeg), grid),
                riverFlags == null ? null : bytes(riverFlags, "riverFlags"), roads);
    }

    /** Inputs from whole-grid float32 layers. */
    public PlanInputs(GridGeometry grid, byte[] landCover, LandCoverLookup landCoverLookup,
                      float[] fluxEastM3PerMPerYr, float[] fluxNorthM3PerMPerYr, float[] slopeDeg,
                      float[] aspectDeg, byte[] riverFlags, boolean[] roads) {
        this(grid, landCover, landCoverLookup, layer(fluxEastM3PerMPerYr, grid), layer(fluxNorthM3PerMPerYr, grid),
                layer(slopeDeg, grid), layer(aspectDeg, grid), riverFlags, roads);
    }

    private static FloatLayer layer(float[] a, GridGeometry grid) {
        return FloatLayer.of(a, grid.width(), grid.height());
    }

    private static void check(String name, FloatLayer layer, GridGeometry grid) {
        Objects.requireNonNull(layer, name);
        if (layer.width != grid.width() || layer.height != grid.height()) {
            throw new IllegalArgumentException(name + " is " + layer.width + " x " + layer.height + ", the grid "
                    + grid.width() + " x " + grid.height());
        }
    }

    /** Makes rows {@code row0 .. row0 + rows - 1} of the four float layers readable (strip layers). */
    void loadRows(int row0, int rows) {
        loadRows(row0, rows, true);
    }

    /**
     * Makes rows {@code row0 .. row0 + rows - 1} of the flux layers readable, and of slope and aspect when
     * {@code terrain} (a strip that reads no slope or aspect need not decode them).
     */
    void loadRows(int row0, int rows, boolean terrain) {
        fluxEastM3PerMPerYr.load(row0, rows);
        fluxNorthM3PerMPerYr.load(row0, rows);
        if (!terrain) return;
        slopeDeg.load(row0, rows);
        aspectDeg.load(row0, rows);
    }

    private static byte[] bytes(int[] a, String name) {
        byte[] b = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 0 || a[i] > 255) throw new IllegalArgumentException(name + " value " + a[i] + " is outside 0..255");
            b[i] = (byte) a[i];
        }
        return b;
    }

    private static float[] floats(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) f[i] = (float) a[i];
        return f;
    }

    private static void check(String name, int len, long n) {
        if (len != n) throw new IllegalArgumentException(name + " has " + len + " cells, the grid " + n);
    }

    int cellCount() { return landCover.length; }

    int width() { return grid.width(); }

    int height() { return grid.height(); }

    double cellWidthM() { return grid.cellSizeX(); }

    double cellHeightM() { return grid.cellSizeY(); }

    /** Land-cover code of cell i (0..255). */
    int classAt(int i) { return landCover[i] & 0xFF; }

    LandCoverTraits traitsAt(int i) {
        LandCoverTraits t = landCoverLookup.traits(classAt(i));
        return t == null ? LandCoverTraits.NONE : t;
    }

    /** Traits of every class code 0..255 (index = code): one lookup per class instead of per cell. */
    LandCoverTraits[] traitsByClass() {
        LandCoverTraits[] t = new LandCoverTraits[256];
        for (int c = 0; c < 256; c++) {
            LandCoverTraits x = landCoverLookup.traits(c);
            t[c] = x == null ? LandCoverTraits.NONE : x;
        }
        return t;
    }

    double fluxMagnitudeAt(int i) {
        double m = Math.hypot(fluxEastM3PerMPerYr.at(i), fluxNorthM3PerMPerYr.at(i));
        return Double.isNaN(m) ? 0 : m;
    }

    int riverAt(int i) { return riverFlags == null ? 0 : riverFlags[i] & 0xFF; }
}
