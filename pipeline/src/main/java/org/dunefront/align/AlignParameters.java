package org.dunefront.align;

import java.util.Objects;

/**
 * Parameters of an alignment.
 *
 * @param resampling             resampling method
 * @param maxErrorPixels         maximum error (L1, source pixels) of the approximate transformer (gdalwarp's
 *                               {@code -et}, default 0.125); 0 transforms every cell centre exactly
 * @param maxSourceCellsPerChunk largest source window read at once (cells); target windows needing more are
 *                               split in halves (GDAL's warp-memory chunking). Does not change results.
 */
public record AlignParameters(Resampling resampling, double maxErrorPixels, long maxSourceCellsPerChunk) {
    /** gdalwarp's default error threshold, in source pixels. */
    public static final double DEFAULT_MAX_ERROR_PIXELS = 0.125;
    /** Default source window budget: 4 Mi cells = 32 MiB of doubles per worker thread. */
    public static final long DEFAULT_MAX_SOURCE_CELLS = 4L << 20;

    public AlignParameters {
        Objects.requireNonNull(resampling, "resampling");
        if (!(maxErrorPixels >= 0) || !Double.isFinite(maxErrorPixels)) {
            throw new IllegalArgumentException("maxErrorPixels must be a finite number >= 0, got " + maxErrorPixels);
        }
        if (maxSourceCellsPerChunk < 1024) {
            throw new IllegalArgumentException("maxSourceCellsPerChunk must be >= 1024, got " + maxSourceCellsPerChunk);
        }
    }

    /** Defaults (error 0.125 pixel) with the given method. */
    public static AlignParameters of(Resampling resampling) {
        return new AlignParameters(resampling, DEFAULT_MAX_ERROR_PIXELS, DEFAULT_MAX_SOURCE_CELLS);
    }

    public AlignParameters withMaxErrorPixels(double e) {
        return new AlignParameters(resampling, e, maxSourceCellsPerChunk);
    }

    public AlignParameters withMaxSourceCellsPerChunk(long n) {
        return new AlignParameters(resampling, maxErrorPixels, n);
    }
}
