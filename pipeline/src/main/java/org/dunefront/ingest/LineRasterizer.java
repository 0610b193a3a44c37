package org.dunefront.ingest;

import java.util.List;
import org.dunefront.grid.Window;

/**
 * Burns polylines into a byte window: every cell a segment passes through gets its flag bits OR-ed in
 * (all touched cells, like {@code gdal_rasterize -at}), found by the grid traversal of Amanatides &amp;
 * Woo (1987), "A fast voxel traversal algorithm for ray tracing", Eurographics '87, 3–10.
 * Points that failed to transform (NaN) break the line. Pure and thread-safe.
 */
final class LineRasterizer {
    private LineRasterizer() { }

    /** ORs {@code bits} into the cells of window {@code w} crossed by {@code paths} (interleaved pixel coordinates). */
    static void burn(List<double[]> paths, int bits, Window w, byte[] out) {
        for (double[] p : paths) {
            for (int i = 0; i + 3 < p.length; i += 2) {
                segment(p[i], p[i + 1], p[i + 2], p[i + 3], bits, w, out);
            }
        }
    }

    /**
     * Sets {@code value} in the cells of window {@code w} whose centre lies within {@code halfWidthM} (inclusive) of a
     * segment of {@code paths} (interleaved pixel coordinates): a buffer with round caps and joins, distances measured in
     * metres with cells of {@code cellWidthM} × {@code cellHeightM}. Segments with a NaN end are skipped.
     */
    static void buffer(List<double[]> paths, double halfWidthM, double cellWidthM, double cellHeightM, Window w, byte[] out,
                       byte value) {
        if (!(halfWidthM > 0)) return;
        double hc = halfWidthM / cellWidthM, hr = halfWidthM / cellHeightM, h2 = halfWidthM * halfWidthM;
        for (double[] p : paths) {
            for (int i = 0; i + 3 < p.length; i += 2) {
                double x0 = p[i], y0 = p[i + 1], x1 = p[i + 2], y1 = p[i + 3];
                if (!Double.isFinite(x0) || !Double.isFinite(y0) || !Double.isFinite(x1) || !Double.isFinite(y1)) continue;
                // cells whose centre (c + 0.5, r + 0.5) can be within reach of the segment's bounding box
                int c0 = (int) Math.max(w.col(), Math.floor(Math.min(x0, x1) - hc - 0.5));
                int c1 = (int) Math.min(w.endCol() - 1, Math.ceil(Math.max(x0, x1) + hc - 0.5));
                int r0 = (int) Math.max(w.row(), Math.floor(Math.min(y0, y1) - hr - 0.5));
                int r1 = (int) Math.min(w.endRow() - 1, Math.ceil(Math.max(y0, y1) + hr - 0.5));
                double ax = (x1 - x0) * cellWidthM, ay = (y1 - y0) * cellHeightM, len2 = ax * ax + ay * ay;
                for (int r = r0; r <= r1; r++) {
                    double by = (r + 0.5 - y0) * cellHeightM;
                    int base = (r - w.row()) * w.width() - w.col();
                    for (int c = c0; c <= c1; c++) {
                        double bx = (c + 0.5 - x0) * cellWidthM;
                        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (ax * bx + ay * by) / len2));
                        double dx = bx - t * ax, dy = by - t * ay;
                        if (dx * dx + dy * dy <= h2) out[base + c] = value;
                    }
                }
            }
        }
    }

    static void segment(double x0, double y0, double x1, double y1, int bits, Window w, byte[] out) {
        if (!Double.isFinite(x0) || !Double.isFinite(y0) || !Double.isFinite(x1) || !Double.isFinite(y1)) return;
        if (Math.max(x0, x1) < w.col() || Math.min(x0, x1) >= w.endCol()
                || Math.max(y0, y1) < w.row() || Math.min(y0, y1) >= w.endRow()) return;
        int c = (int) Math.floor(x0), r = (int) Math.floor(y0);
        int cEnd = (int) Math.floor(x1), rEnd = (int) Math.floor(y1);
        double dx = x1 - x0, dy = y1 - y0;
        int stepC = dx > 0 ? 1 : -1, stepR = dy > 0 ? 1 : -1;
        double tDeltaC = dx == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dx);
        double tDeltaR = dy == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dy);
        double tMaxC = dx == 0 ? Double.POSITIVE_INFINITY : (dx > 0 ? (c + 1 - x0) : (x0 - c)) * tDeltaC;
        double tMaxR = dy == 0 ? Double.POSITIVE_INFINITY : (dy > 0 ? (r + 1 - y0) : (y0 - r)) * tDeltaR;
        int guard = Math.abs(cEnd - c) + Math.abs(rEnd - r) + 2;
        for (int k = 0; k < guard; k++) {
            if (w.contains(c, r)) {
                int i = (r - w.row()) * w.width() + (c - w.col());
                out[i] = (byte) (out[i] | bits);
            }
            if (c == cEnd && r == rEnd) break;
            if (tMaxC < tMaxR) {
                if (tMaxC > 1) break;
                tMaxC += tDeltaC;
                c += stepC;
            } else {
                if (tMaxR > 1) break;
                tMaxR += tDeltaR;
                r += stepR;
            }
        }
    }
}
