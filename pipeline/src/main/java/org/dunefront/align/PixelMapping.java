package org.dunefront.align;

import org.dunefront.crs.CrsTransform;
import org.dunefront.grid.GeoTransform;

/**
 * Maps target pixel positions to source pixel positions: target geotransform → target CRS → source CRS →
 * inverse source geotransform (general affine inverse, so rotated and sheared sources work).
 *
 * <h2>Approximate transformer</h2>
 * After GDAL's {@code GDALApproxTransform}: along a target row, the points are cut into fixed global segments
 * of {@value #SEGMENT} points (aligned on multiples of {@value #SEGMENT}, so the mesh does not depend on the tile
 * being computed). For a segment, the end points and the middle point are transformed exactly; when the
 * middle point's linear interpolation between the ends is within {@code maxErrorPixels} (per axis, in source
 * pixels) the whole segment is interpolated linearly, otherwise both halves are treated the same way,
 * recursively. Segments of three points or fewer are transformed exactly. End points are always exact values,
 * so every point's value is a function of its global position only: results are independent of tiling.
 * When the CRS transform is the identity the mapping is affine and computed exactly for every point.
 *
 * <p>Immutable and thread-safe; callers pass their own scratch buffers.
 */
final class PixelMapping {
    static final int SEGMENT = 256;

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
        if (affine || maxError == 0 || totalPoints <= 3) {
            exactRange(rowPos, colOffset, k0, k1, k0, outCol, outRow, outOff, scratch);
            return;
        }
        int last = totalPoints - 1;
        for (int s0 = Math.min(k0 / SEGMENT, (last - 1) / SEGMENT) * SEGMENT; s0 <= k1 && s0 < last; s0 += SEGMENT) {
            int s1 = Math.min(s0 + SEGMENT, last);
            approx(s0, s1, rowPos, colOffset, k0, k1, outCol, outRow, outOff, scratch);
        }
    }

    private void approx(int s0, int s1, double rowPos, double colOffset, int a, int b,
                        double[] outCol, double[] outRow, int outOff, double[] scratch) {
        int n = s1 - s0 + 1;
        if (n <= 3) {
            exactRange(rowPos, colOffset, Math.max(s0, a), Math.min(s1, b), a, outCol, outRow, outOff, scratch);
            return;
        }
        int mid = s0 + (n - 1) / 2;
        scratch[0] = s0 + colOffset;
        scratch[1] = rowPos;
        scratch[2] = mid + colOffset;
        scratch[3] = rowPos;
        scratch[4] = s1 + colOffset;
        scratch[5] = rowPos;
        exact(scratch, 3);
        double c0 = scratch[0], r0 = scratch[1], cm = scratch[2], rm = scratch[3], c1 = scratch[4], r1 = scratch[5];
        boolean finite = Double.isFinite(c0) && Double.isFinite(r0) && Double.isFinite(cm) && Double.isFinite(rm)
                && Double.isFinite(c1) && Double.isFinite(r1);
        if (finite) {
            double span = s1 - s0, t = (mid - s0) / span;
            double err = Math.max(Math.abs(c0 + (c1 - c0) * t - cm), Math.abs(r0 + (r1 - r0) * t - rm));
            if (err <= maxError) {
                int from = Math.max(s0, a), to = Math.min(s1, b);
                double dc = c1 - c0, dr = r1 - r0;
                for (int k = from; k <= to; k++) {
                    int o = outOff + k - a;
                    if (k == s0) {
                        outCol[o] = c0;
                        outRow[o] = r0;
                    } else if (k == s1) {
                        outCol[o] = c1;
                        outRow[o] = r1;
                    } else {
                        double f = (k - s0) / span;
                        outCol[o] = c0 + dc * f;
                        outRow[o] = r0 + dr * f;
                    }
                }
                return;
            }
        }
        if (a <= mid) approx(s0, mid, rowPos, colOffset, a, b, outCol, outRow, outOff, scratch);
        if (b >= mid) approx(mid, s1, rowPos, colOffset, a, b, outCol, outRow, outOff, scratch);
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
