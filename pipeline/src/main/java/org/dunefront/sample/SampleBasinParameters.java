package org.dunefront.sample;

/**
 * What the synthetic sample basin generator needs. Validated on construction.
 *
 * @param seed                    random seed; the same seed gives the same basin, byte for byte
 * @param widthCells              grid columns (≥ 32)
 * @param heightCells             grid rows (≥ 32)
 * @param cellSizeM               square cell size in metres (EPSG:32648), 1..1000
 * @param windYear                calendar year of the 6-hourly wind series (UTC)
 * @param windCellSizeDeg         cell size of the coarse EPSG:4326 wind grid in degrees (about 0.1)
 * @param targetDriftPotentialVu  basin-mean Fryberger drift potential the wind speeds are scaled to, in
 *                                vector units (VU) with Vt = 12 kn; 200..399 is the intermediate class
 */
public record SampleBasinParameters(long seed, int widthCells, int heightCells, double cellSizeM, int windYear,
                                    double windCellSizeDeg, double targetDriftPotentialVu) {

    /** The committed sample: seed 20260101, 400 × 400 cells of 30 m (12 km), wind 2023 on 0.1°, DP 300 VU. */
    public static final long DEFAULT_SEED = 20260101L;

    public SampleBasinParameters {
        if (widthCells < 32 || heightCells < 32 || widthCells > 40000 || heightCells > 40000) {
            throw new IllegalArgumentException("grid size must be 32..40000 cells per side, got " + widthCells + "x" + heightCells);
        }
        if (!(cellSizeM >= 1 && cellSizeM <= 1000)) {
            throw new IllegalArgumentException("cell size must be 1..1000 m, got " + cellSizeM);
        }
        if (windYear < 1950 || windYear > 2100) throw new IllegalArgumentException("wind year out of range: " + windYear);
        if (!(windCellSizeDeg >= 0.01 && windCellSizeDeg <= 1)) {
            throw new IllegalArgumentException("wind cell size must be 0.01..1 degree, got " + windCellSizeDeg);
        }
        if (!(targetDriftPotentialVu > 0 && targetDriftPotentialVu < 5000)) {
            throw new IllegalArgumentException("target drift potential must be in (0, 5000) VU, got " + targetDriftPotentialVu);
        }
    }

    /** The given seed and size with the default cell size 30 m, wind year 2023, 0.1° wind cells and DP 300 VU. */
    public static SampleBasinParameters of(long seed, int widthCells, int heightCells, double cellSizeM) {
        return new SampleBasinParameters(seed, widthCells, heightCells, cellSizeM, 2023, 0.1, 300);
    }

    /** The committed default sample. */
    public static SampleBasinParameters defaults() {
        return of(DEFAULT_SEED, 400, 400, 30);
    }
}
