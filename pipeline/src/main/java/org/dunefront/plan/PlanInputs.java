package org.dunefront.plan;

import java.util.Objects;
import org.dunefront.grid.GridGeometry;

/**
 * Aligned input layers of the plan, row-major on one metric, axis-aligned grid. Arrays are not copied
 * (they may be large); callers must not modify them while the plan runs.
 *
 * @param grid                 grid geometry (cell sizes in metres)
 * @param landCover            land-cover class codes
 * @param landCoverLookup      class code → traits (from the legend)
 * @param fluxEastM3PerMPerYr  annual sand flux, east component (m³ m⁻¹ yr⁻¹; NaN = no data)
 * @param fluxNorthM3PerMPerYr annual sand flux, north component (m³ m⁻¹ yr⁻¹)
 * @param slopeDeg             slope in degrees (NaN = no data)
 * @param aspectDeg            aspect: direction the slope faces, degrees clockwise from north (NaN = flat / no data)
 * @param riverFlags           rivers raster, OR of {@link RiverFlag} bits per cell; null when there are no rivers
 * @param roads                true on road cells; null when no road layer is available (the distance-to-roads
 *                             criterion then uses land-cover {@link LandCoverFlag#ROAD} cells, or is not applicable)
 */
public record PlanInputs(GridGeometry grid, int[] landCover, LandCoverLookup landCoverLookup,
                         double[] fluxEastM3PerMPerYr, double[] fluxNorthM3PerMPerYr, double[] slopeDeg,
                         double[] aspectDeg, int[] riverFlags, boolean[] roads) {
    public PlanInputs {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(landCoverLookup, "landCoverLookup");
        long n = grid.cellCount();
        check("landCover", landCover.length, n);
        check("fluxEastM3PerMPerYr", fluxEastM3PerMPerYr.length, n);
        check("fluxNorthM3PerMPerYr", fluxNorthM3PerMPerYr.length, n);
        check("slopeDeg", slopeDeg.length, n);
        check("aspectDeg", aspectDeg.length, n);
        if (riverFlags != null) check("riverFlags", riverFlags.length, n);
        if (roads != null) check("roads", roads.length, n);
    }

    private static void check(String name, int len, long n) {
        if (len != n) throw new IllegalArgumentException(name + " has " + len + " cells, the grid " + n);
    }

    int cellCount() { return landCover.length; }

    int width() { return grid.width(); }

    int height() { return grid.height(); }

    double cellWidthM() { return grid.cellSizeX(); }

    double cellHeightM() { return grid.cellSizeY(); }

    LandCoverTraits traitsAt(int i) {
        LandCoverTraits t = landCoverLookup.traits(landCover[i]);
        return t == null ? LandCoverTraits.NONE : t;
    }

    double fluxMagnitudeAt(int i) {
        double m = Math.hypot(fluxEastM3PerMPerYr[i], fluxNorthM3PerMPerYr[i]);
        return Double.isNaN(m) ? 0 : m;
    }

    int riverAt(int i) { return riverFlags == null ? 0 : riverFlags[i]; }
}
