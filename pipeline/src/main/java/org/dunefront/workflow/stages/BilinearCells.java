package org.dunefront.workflow.stages;

import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.Window;

/**
 * The bilinear downscale of {@link org.dunefront.wind.DownscaleWeights} cell by cell: the same four corners and
 * weights per fine cell (the same expressions, so {@link #value} is bit-identical to {@code DownscaleWeights.apply}
 * at that cell), for callers that need one cell's value of several coarse layers, or the weights themselves
 * ({@link LinearForcing}: block means and annual means without downscaling every month). Memory: 48 bytes per fine
 * cell. Immutable once built.
 */
final class BilinearCells {
    final int[] corner;
    final double[] weight;

    private BilinearCells(int[] corner, double[] weight) {
        this.corner = corner;
        this.weight = weight;
    }

    /** As {@code DownscaleWeights.of(coarseWindow, coarseTransform, fineTransform, fineWindow)}. */
    static BilinearCells of(Window coarseWindow, GeoTransform coarseTransform, GeoTransform fineTransform, Window fineWindow) {
        int n = Math.toIntExact(fineWindow.cellCount());
        int[] corner = new int[4 * n];
        double[] weight = new double[4 * n];
        int cw = coarseWindow.width(), ch = coarseWindow.height();
        int fw = fineWindow.width();
        for (int r = 0; r < fineWindow.height(); r++) {
            for (int c = 0; c < fw; c++) {
                double x = fineTransform.x(fineWindow.col() + c + 0.5, fineWindow.row() + r + 0.5);
                double y = fineTransform.y(fineWindow.col() + c + 0.5, fineWindow.row() + r + 0.5);
                double fc = coarseTransform.col(x, y) - 0.5 - coarseWindow.col();
                double fr = coarseTransform.row(x, y) - 0.5 - coarseWindow.row();
                fc = Math.max(0, Math.min(cw - 1, fc));
                fr = Math.max(0, Math.min(ch - 1, fr));
                int c0 = Math.min((int) Math.floor(fc), cw - 1), r0 = Math.min((int) Math.floor(fr), ch - 1);
                int c1 = Math.min(c0 + 1, cw - 1), r1 = Math.min(r0 + 1, ch - 1);
                double tx = fc - c0, ty = fr - r0;
                int k = 4 * (r * fw + c);
                corner[k] = r0 * cw + c0;
                corner[k + 1] = r0 * cw + c1;
                corner[k + 2] = r1 * cw + c0;
                corner[k + 3] = r1 * cw + c1;
                weight[k] = (1 - tx) * (1 - ty);
                weight[k + 1] = tx * (1 - ty);
                weight[k + 2] = (1 - tx) * ty;
                weight[k + 3] = tx * ty;
            }
        }
        return new BilinearCells(corner, weight);
    }

    /** Fine cell {@code i} of {@code coarse}: the weighted mean of its non-NaN corners (weights renormalised), NaN if none. */
    float value(int i, float[] coarse) {
        int k = 4 * i;
        double sum = 0, ws = 0;
        for (int j = k; j < k + 4; j++) {
            double wt = weight[j];
            float v = coarse[corner[j]];
            if (wt == 0 || Float.isNaN(v)) continue;
            sum += wt * v;
            ws += wt;
        }
        return ws > 0 ? (float) (sum / ws) : Float.NaN;
    }
}
