package org.dunefront.wind;

import java.util.Objects;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.Window;

/**
 * The bilinear weights of {@link WindRegimeDownscaleOp} for one fine window, computed once and
 * applied to any number of coarse layers (the regime's fields, the monthly flux): per fine cell the
 * four surrounding coarse cell centres (clamped beyond the outermost ones) and their weights
 * (1−tx)(1−ty), tx(1−ty), (1−tx)ty, tx·ty. {@link #apply} leaves out NaN corners and renormalises
 * the weights; a cell with no valid corner is NaN. Memory: 48 bytes per fine cell.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class DownscaleWeights {
    private final Window coarseWindow;
    private final Window fineWindow;
    private final int[] corner;
    private final double[] weight;

    private DownscaleWeights(Window coarseWindow, Window fineWindow, int[] corner, double[] weight) {
        this.coarseWindow = coarseWindow;
        this.fineWindow = fineWindow;
        this.corner = corner;
        this.weight = weight;
    }

    /**
     * @param coarseWindow    the window the coarse layers cover (in the coarse grid's cells)
     * @param coarseTransform geotransform of the coarse grid (of its grid origin, not of the window)
     * @param fineTransform   geotransform of the study grid (same CRS)
     * @param fineWindow      the study-grid window to fill
     */
    public static DownscaleWeights of(Window coarseWindow, GeoTransform coarseTransform, GeoTransform fineTransform,
                                      Window fineWindow) {
        Objects.requireNonNull(coarseWindow);
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
        return new DownscaleWeights(coarseWindow, fineWindow, corner, weight);
    }

    public Window coarseWindow() {
        return coarseWindow;
    }

    public Window fineWindow() {
        return fineWindow;
    }

    /** {@code coarse} (row-major over {@link #coarseWindow()}) interpolated onto {@link #fineWindow()}. */
    public float[] apply(float[] coarse) {
        float[] out = new float[corner.length / 4];
        apply(coarse, out);
        return out;
    }

    void apply(float[] coarse, float[] out) {
        if (coarse.length != coarseWindow.cellCount()) {
            throw new IllegalArgumentException("coarse layer has " + coarse.length + " values, window " + coarseWindow);
        }
        for (int i = 0; i < out.length; i++) out[i] = value(i, coarse);
    }

    /**
     * Fine cell {@code i} (row-major over {@link #fineWindow()}) of {@code coarse}: the weighted mean of its non-NaN
     * corners (weights renormalised), NaN if none; the value {@link #apply} gives that cell, bit for bit.
     */
    public float value(int i, float[] coarse) {
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

    /** Corner {@code k % 4} of fine cell {@code k / 4}: its index, row-major over {@link #coarseWindow()}. */
    public int corner(int k) {
        return corner[k];
    }

    /** The bilinear weight of {@link #corner(int) corner k} (0 for a corner the cell does not use). */
    public double weight(int k) {
        return weight[k];
    }
}
