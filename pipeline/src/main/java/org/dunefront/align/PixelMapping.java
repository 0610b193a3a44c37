package org.dunefront.align;

import org.dunefront.crs.CrsTransform;
import org.dunefront.grid.GeoTransform;

/**
 * Maps target pixel positions to source pixel positions: target geotransform → target CRS → source CRS →
 * inverse source geotransform (general affine inverse, so rotated and sheared sources work).
 *
 * <h2>Approximate transformer</h2>
 * GDAL's {@code GDALApproxTransform} applied to whole target rows: the end points and the middle point of a
 * row are transformed exactly; when the middle point's linear interpolation between the ends is within
 * {@code maxErrorPixels} (L1 distance in source pixels, as GDAL) the whole run is interpolated linearly,
 * otherwise its two halves are treated the same way, recursively; runs of five points or fewer are transformed
 * exactly. The recursion always starts from the whole row of the target grid and only descends into halves
 * that touch the requested window, so every point's value is a function of its position in the grid alone:
 * results do not depend on the window, tile size or thread count, and they equal what gdalwarp computes
 * when it warps whole rows in one chunk.
 * When the CRS transform is the identity the mapping is affine and computed exactly for every point.
 *
 * <p>Immutable and thread-safe; callers pass their own scratch buffers.
 */
final class PixelMapping {
    private final GeoTransform target;
    private final GeoTransform source;
    private final CrsTransform crs;
    private final boolean affine;
    private final double maxError;

    PixelMapping(GeoTransform target, GeoTransform source, CrsTransform targetToSource, double maxErrorPixels) {
        this.target = target;
        this.source = source;
        this.crs = targetToSource;
        this.affine = targetToSource.isIdentity();
        this.maxError = maxErrorPixels;
    }

    /** Transforms {@code n} interleaved target pixel positions in {@code buf} into source pixel positions, exactly. */
    void exact(double[] buf, int n) {
        for (int i = 0; i < 2 * n; i += 2) {
            double c = buf[i], r = buf[i + 1];
            buf[i] = target.x(c, r);
            buf[i + 1] = target.y(c, r);
        }
        if (!affine) crs.transformInPlace(buf, 0, n);
        for (int i = 0; i < 2 * n; i += 2) {
            double x = buf[i], y = buf[i + 1];
            buf[i] = source.col(x, y);
            buf[i + 1] = source.row(x, y);
        }
    }

    /**
     * Source positions of the target points (k + colOffset, rowPos) for k in [k0, k0 + count), points of a
     * row of {@code totalPoints} points, written to {@code outCol}/{@code outRow} from {@code outOff}.
     *
     * @param scratch at least {@code 2 · max(count, 3)} doubles
     */
    void row(double rowPos, double colOffset, int totalPoints, int k0, int count,
             double[] outCol, double[] outRow, int outOff, double[] scratch) {
        if (count <= 0) return;
        int k1 = k0 + count - 1;
        if (affine || maxError == 0) {
            exactRange(rowPos, colOffset, k0, k1, k0, outCol, outRow, outOff, scratch);
            return;
        }
        approx(0, totalPoints, rowPos, colOffset, k0, k1, outCol, outRow, outOff, scratch);
    }

    /**
     * GDAL's recursion on the {@code len} points from {@code start}: exact below 6 points; else the first,
     * middle ({@code (len − 1) / 2}) and last points are transformed exactly and, when the L1 error of the
     * middle point's linear interpolation is within {@code maxError}, all points are interpolated; otherwise
     * the left {@code (len − 1) / 2} points and the remaining right points are treated the same way (no overlap).
     * Only points in [a, b] are written; the values do not depend on [a, b].
     */
    private void approx(int start, int len, double rowPos, double colOffset, int a, int b,
                        double[] outCol, double[] outRow, int outOff, double[] scratch) {
        int end = start + len - 1;
        if (end < a || start > b) return;
        if (len <= 5) {
            exactRange(rowPos, colOffset, Math.max(start, a), Math.min(end, b), a, outCol, outRow, outOff, scratch);
            return;
        }
        int nMiddle = (len - 1) / 2, mid = start + nMiddle;
        scratch[0] = start + colOffset;
        scratch[1] = rowPos;
        scratch[2] = mid + colOffset;
        scratch[3] = rowPos;
        scratch[4] = end + colOffset;
        scratch[5] = rowPos;
        double span = scratch[4] - scratch[0], midDist = scratch[2] - scratch[0];
        exact(scratch, 3);
        double c0 = scratch[0], r0 = scratch[1], cm = scratch[2], rm = scratch[3], c1 = scratch[4], r1 = scratch[5];
        if (!(Double.isFinite(c0) && Double.isFinite(r0) && Double.isFinite(cm) && Double.isFinite(rm)
                && Double.isFinite(c1) && Double.isFinite(r1))) {
            exactRange(rowPos, colOffset, Math.max(start, a), Math.min(end, b), a, outCol, outRow, outOff, scratch);
            return;
        }
        double dc = (c1 - c0) / span, dr = (r1 - r0) / span;
        double err = Math.abs(c0 + dc * midDist - cm) + Math.abs(r0 + dr * midDist - rm);
        if (err <= maxError) {
            int from = Math.max(start, a), to = Math.min(end, b);
            double x0 = start + colOffset;
            for (int k = from; k <= to; k++) {
                double dist = (k + colOffset) - x0;
                int o = outOff + k - a;
                outCol[o] = c0 + dc * dist;
                outRow[o] = r0 + dr * dist;
            }
            return;
        }
        approx(start, nMiddle, rowPos, colOffset, a, b, outCol, outRow, outOff, scratch);
        approx(mid, len - nMiddle, rowPos, colOffset, a, b, outCol, outRow, outOff, scratch);
    }

    /** Exact positions of points [from, to] (inclusive), written at outOff + (k − base). */
    private void exactRange(double rowPos, double colOffset, int from, int to, int base,
                            double[] outCol, double[] outRow, int outOff, double[] scratch) {
        int chunk = scratch.length / 2;
        for (int k = from; k <= to; k += chunk) {
            int m = Math.min(chunk, to - k + 1);
            for (int i = 0; i < m; i++) {
                scratch[2 * i] = k + i + colOffset;
                scratch[2 * i + 1] = rowPos;
            }
            exact(scratch, m);
            for (int i = 0; i < m; i++) {
                outCol[outOff + k + i - base] = scratch[2 * i];
                outRow[outOff + k + i - base] = scratch[2 * i + 1];
            }
        }
    }
}
