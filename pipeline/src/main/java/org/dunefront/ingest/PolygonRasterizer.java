package org.dunefront.ingest;

import java.util.Arrays;
import java.util.List;
import org.dunefront.grid.Window;

/**
 * Burns polygons into a byte window: a cell is inside when its centre is inside the polygon by the
 * even-odd rule over the polygon's rings (holes excluded), as {@code gdal_rasterize} does without
 * {@code -at}. Scan-line algorithm: for each row, the crossings of the horizontal line through the
 * cell centres with the ring edges, sorted, delimit the inside spans. Pure and thread-safe.
 */
final class PolygonRasterizer {
    private PolygonRasterizer() { }

    /**
     * Sets {@code out[(r - w.row) * w.width + (c - w.col)] = value} for the cells of window {@code w} whose
     * centre lies inside one of {@code polygons} (each a list of rings of interleaved pixel coordinates).
     */
    static void fill(List<List<double[]>> polygons, Window w, byte[] out, byte value) {
        double[] xs = new double[16];
        for (List<double[]> rings : polygons) {
            double minR = Double.POSITIVE_INFINITY, maxR = Double.NEGATIVE_INFINITY;
            for (double[] ring : rings) {
                for (int i = 1; i < ring.length; i += 2) {
                    minR = Math.min(minR, ring[i]);
                    maxR = Math.max(maxR, ring[i]);
                }
            }
            int r0 = Math.max(w.row(), (int) Math.floor(minR - 0.5)), r1 = Math.min(w.endRow() - 1, (int) Math.ceil(maxR));
            for (int r = r0; r <= r1; r++) {
                double y = r + 0.5;
                int n = 0;
                for (double[] ring : rings) {
                    int pts = ring.length / 2;
                    for (int i = 0; i < pts; i++) {
                        int j = (i + 1) % pts;
                        double x0 = ring[2 * i], y0 = ring[2 * i + 1], x1 = ring[2 * j], y1 = ring[2 * j + 1];
                        if ((y0 <= y && y < y1) || (y1 <= y && y < y0)) {
                            if (n == xs.length) xs = Arrays.copyOf(xs, 2 * n);
                            xs[n++] = x0 + (y - y0) * (x1 - x0) / (y1 - y0);
                        }
                    }
                }
                if (n < 2) continue;
                Arrays.sort(xs, 0, n);
                int base = (r - w.row()) * w.width();
                for (int k = 0; k + 1 < n; k += 2) {
                    int c0 = Math.max(w.col(), (int) Math.ceil(xs[k] - 0.5));
                    int c1 = Math.min(w.endCol(), (int) Math.ceil(xs[k + 1] - 0.5));
                    for (int c = c0; c < c1; c++) out[base + c - w.col()] = value;
                }
            }
        }
    }
}
