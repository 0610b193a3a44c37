package org.dunefront.align;

/**
 * How a target cell takes its value from the source cells, after gdalwarp's {@code -r} methods.
 * Kernel positions are source pixel centres; see {@code docs/alignment.md} for the exact weights.
 */
public enum Resampling {
    /** Value of the source cell containing the target cell centre (categorical data). */
    NEAREST(0),
    /**
     * Bilinear interpolation between the four nearest source centres, weights (1 − |t|); when the target
     * cells are coarser than the source (scale &lt; 0.95) the triangle kernel is stretched by the scale, as GDAL does.
     */
    BILINEAR(1),
    /**
     * Cubic convolution of Keys (1981), a = −0.5 (GDAL's {@code cubic}), 4 × 4 taps, stretched when coarsening.
     * Keys, R. (1981). Cubic convolution interpolation for digital image processing. IEEE Trans. ASSP 29(6), 1153–1160.
     */
    CUBIC(2),
    /** Mean of the source cells overlapping the target cell, weighted by overlapped area (GDAL ≥ 3.1 {@code average}). */
    AVERAGE(0),
    /** Most frequent value among the source cells overlapping the target cell, one vote per cell; ties → the value met first (row-major). */
    MODE(0);

    private final int kernelRadius;

    Resampling(int kernelRadius) {
        this.kernelRadius = kernelRadius;
    }

    /** Radius of the interpolation kernel in source cells at scale 1 (0 for nearest and area methods). */
    int kernelRadius() {
        return kernelRadius;
    }

    /** True for the methods that aggregate all source cells under the target cell footprint. */
    boolean isAreaMethod() {
        return this == AVERAGE || this == MODE;
    }

    /** True for methods that keep source values unchanged (safe for categorical data). */
    public boolean preservesValues() {
        return this == NEAREST || this == MODE;
    }
}
