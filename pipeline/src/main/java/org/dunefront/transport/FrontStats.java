package org.dunefront.transport;

/**
 * The desert front at one time. The front is the set of cells with sand thickness above the
 * arrival threshold that have a 4-neighbour at or below it; a front cell's advance is its Euclidean
 * distance to the nearest initially sand-covered cell (0 on the initial front).
 *
 * @param year                 years since the start
 * @param frontCells           number of front cells
 * @param advancedCells        front cells outside the initial sand area (advance &gt; 0)
 * @param medianAdvanceM       median advance of the advanced front cells, m (0 when none advanced)
 * @param p90AdvanceM          90th percentile of the advance of the advanced front cells, m
 */
public record FrontStats(double year, int frontCells, int advancedCells, double medianAdvanceM, double p90AdvanceM) {

    /** Median advance rate of the advanced front, m/yr. */
    public double medianAdvanceRateMPerYr() {
        return year > 0 ? medianAdvanceM / year : 0;
    }

    /** 90th-percentile advance rate of the advanced front, m/yr. */
    public double p90AdvanceRateMPerYr() {
        return year > 0 ? p90AdvanceM / year : 0;
    }
}
