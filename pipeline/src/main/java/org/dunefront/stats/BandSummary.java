package org.dunefront.stats;

/**
 * Statistics of the valid (non-nodata, non-NaN) cells of one band, on raw stored values.
 *
 * @param validCount  number of valid cells
 * @param noDataCount number of nodata or NaN cells
 * @param min         minimum valid value (NaN when there is none)
 * @param max         maximum valid value (NaN when there is none)
 * @param mean        arithmetic mean of the valid values (NaN when there is none)
 * @param stdDev      population standard deviation, as {@code gdalinfo -stats} reports (NaN when there is none)
 */
public record BandSummary(long validCount, long noDataCount, double min, double max, double mean, double stdDev) {
    public boolean hasValidCells() {
        return validCount > 0;
    }
}
