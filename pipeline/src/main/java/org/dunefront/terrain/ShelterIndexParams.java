package org.dunefront.terrain;

/**
 * Parameters of the Winstral shelter index.
 *
 * @param maxDistanceM      search distance d_max along the upwind ray, m; range (0, 50000]. Two scales
 *                          are used: ~300 m for local lee zones, ~3000 m for mountain blocking
 * @param fanHalfWidthDeg   half-width of the fan of rays around the upwind azimuth, degrees; [0, 45]
 *                          (default 5, i.e. ±5°)
 * @param fanStepDeg        angular step between rays of the fan, degrees; (0, 45] (default 5)
 * @param sampleStepM       distance between samples along a ray, m; 0 means one cell size
 *                          (the smaller of the two); otherwise (0, maxDistanceM]
 */
public record ShelterIndexParams(double maxDistanceM, double fanHalfWidthDeg, double fanStepDeg, double sampleStepM) {

    public ShelterIndexParams {
        if (!(maxDistanceM > 0 && maxDistanceM <= 50_000)) {
            throw new IllegalArgumentException("maxDistanceM must be in (0, 50000] m, got " + maxDistanceM);
        }
        if (!(fanHalfWidthDeg >= 0 && fanHalfWidthDeg <= 45)) {
            throw new IllegalArgumentException("fanHalfWidthDeg must be in [0, 45] degrees, got " + fanHalfWidthDeg);
        }
        if (!(fanStepDeg > 0 && fanStepDeg <= 45)) {
            throw new IllegalArgumentException("fanStepDeg must be in (0, 45] degrees, got " + fanStepDeg);
        }
        if (!(sampleStepM >= 0 && sampleStepM <= maxDistanceM)) {
            throw new IllegalArgumentException("sampleStepM must be 0 (one cell) or in (0, maxDistanceM], got " + sampleStepM);
        }
    }

    /** Local lee zones: d_max = 300 m, ±5° fan in 5° steps, one-cell sample step. */
    public static ShelterIndexParams local() {
        return new ShelterIndexParams(300, 5, 5, 0);
    }

    /** Mountain blocking: d_max = 3000 m, ±5° fan in 5° steps, one-cell sample step. */
    public static ShelterIndexParams regional() {
        return new ShelterIndexParams(3000, 5, 5, 0);
    }

    /**
     * Halo (cells) a tile needs so that every sample lies inside the input block:
     * ceil(d_max / min cell size) + 1 (the +1 is the far neighbour of the bilinear interpolation).
     */
    public int haloCells(double cellSizeXM, double cellSizeYM) {
        return (int) Math.ceil(maxDistanceM / Math.min(cellSizeXM, cellSizeYM)) + 1;
    }
}
