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
        return unrotated(coarseTransform) && unrotated(fineTransform)
                ? separable(coarseWindow, coarseTransform, fineTransform, fineWindow)
                : perCell(coarseWindow, coarseTransform, fineTransform, fineWindow);
    }

    private static boolean unrotated(GeoTransform t) {
        return t.rowRotation() == 0 && t.colRotation() == 0;
    }

    /**
     * The definition: per fine cell, its centre in CRS coordinates, its fractional position among the coarse centres,
     * the four corners and weights. Used for rotated grids; the oracle of {@link #separable}.
     */
    static DownscaleWeights perCell(Window coarseWindow, GeoTransform coarseTransform, GeoTransform fineTransform,
                                    Window fineWindow) {
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
                put(corner, weight, 4 * (r * fw + c), cw, r0, r1, c0, c1, tx, ty);
            }
        }
        return new DownscaleWeights(coarseWindow, fineWindow, corner, weight);
    }

    /**
     * {@link #perCell} for two grids without rotation terms, with the coarse column of a fine cell computed once per
     * fine column and its coarse row once per fine row (4 transform evaluations per column and row instead of per
     * cell). The same bits: with zero rotation terms, x = originX + col·w + row·0 and row·0 = +0.0 for every (finite,
     * positive) row, so x — and likewise the coarse column, where the y term is dy·0 = ±0.0 subtracted from dx·h
     * before the − 0.5 shift — does not depend on the row, nor y and the coarse row on the column. Every cell then
     * gets its {@code tx}, {@code ty} from the very expressions {@link #perCell} evaluates, and the same weight
     * products.
     */
    static DownscaleWeights separable(Window coarseWindow, GeoTransform coarseTransform, GeoTransform fineTransform,
                                      Window fineWindow) {
        int n = Math.toIntExact(fineWindow.cellCount());
        int[] corner = new int[4 * n];
        double[] weight = new double[4 * n];
        int cw = coarseWindow.width(), ch = coarseWindow.height();
        int fw = fineWindow.width(), fh = fineWindow.height();
        int[] c0s = new int[fw], c1s = new int[fw];
        double[] txs = new double[fw];
        double anyRow = fineWindow.row() + 0.5;
        for (int c = 0; c < fw; c++) {
            double x = fineTransform.x(fineWindow.col() + c + 0.5, anyRow);
            double y = fineTransform.y(fineWindow.col() + c + 0.5, anyRow);
            double fc = coarseTransform.col(x, y) - 0.5 - coarseWindow.col();
            fc = Math.max(0, Math.min(cw - 1, fc));
            c0s[c] = Math.min((int) Math.floor(fc), cw - 1);
            c1s[c] = Math.min(c0s[c] + 1, cw - 1);
            txs[c] = fc - c0s[c];
        }
        double anyCol = fineWindow.col() + 0.5;
        for (int r = 0; r < fh; r++) {
            double x = fineTransform.x(anyCol, fineWindow.row() + r + 0.5);
            double y = fineTransform.y(anyCol, fineWindow.row() + r + 0.5);
            double fr = coarseTransform.row(x, y) - 0.5 - coarseWindow.row();
            fr = Math.max(0, Math.min(ch - 1, fr));
            int r0 = Math.min((int) Math.floor(fr), ch - 1), r1 = Math.min(r0 + 1, ch - 1);
            double ty = fr - r0;
            for (int c = 0; c < fw; c++) {
                int c0 = c0s[c], c1 = c1s[c];
                double tx = txs[c];
                put(corner, weight, 4 * (r * fw + c), cw, r0, r1, c0, c1, tx, ty);
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
     * {@link #apply(float[], float[])} of several layers at once, cell by cell: {@code out[l][i]} = {@link #value}
     * {@code (i, coarse[l])}, the same bits. Reading each cell's corners and weights once for all layers instead of
     * streaming the weight arrays (48 bytes a cell, 12 MB for a 512² tile: more than the caches) once per layer.
     */
    void applyAll(float[][] coarse, float[][] out) {
        if (coarse.length != out.length) throw new IllegalArgumentException(coarse.length + " layers, " + out.length + " outputs");
        int n = corner.length / 4;
        for (int l = 0; l < coarse.length; l++) {
            if (coarse[l].length != coarseWindow.cellCount()) {
                throw new IllegalArgumentException("coarse layer has " + coarse[l].length + " values, window " + coarseWindow);
            }
            if (out[l].length != n) throw new IllegalArgumentException("output layer has " + out[l].length + " values, " + n + " cells");
        }
        for (int i = 0; i < n; i++) valuesAt(i, coarse, out);
    }

    /**
     * {@code out[l][i]} = {@link #value}{@code (i, coarse[l])} for every layer {@code l}, the same bits: {@code value}
     * unrolled over the four corners, read once for all layers (no checks of the arrays' lengths).
     */
    void valuesAt(int i, float[][] coarse, float[][] out) {
        int k = 4 * i;
        int k0 = corner[k], k1 = corner[k + 1], k2 = corner[k + 2], k3 = corner[k + 3];
        double w0 = weight[k], w1 = weight[k + 1], w2 = weight[k + 2], w3 = weight[k + 3];
        for (int l = 0; l < coarse.length; l++) {
            float[] layer = coarse[l];
            // the same corners, in the same order, through the same operations as value()
            double sum = 0, ws = 0;
            float v = layer[k0];
            if (!(w0 == 0 || Float.isNaN(v))) {
                sum += w0 * v;
                ws += w0;
            }
            v = layer[k1];
            if (!(w1 == 0 || Float.isNaN(v))) {
                sum += w1 * v;
                ws += w1;
            }
            v = layer[k2];
            if (!(w2 == 0 || Float.isNaN(v))) {
                sum += w2 * v;
                ws += w2;
            }
            v = layer[k3];
            if (!(w3 == 0 || Float.isNaN(v))) {
                sum += w3 * v;
                ws += w3;
            }
            out[l][i] = ws > 0 ? (float) (sum / ws) : Float.NaN;
        }
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

    /**
     * The four corners (row-major indices into the coarse window) and bilinear weights of one fine cell, at
     * {@code k = 4 · cell}: the one place both constructions ({@link #perCell} and the separable path) fill them.
     */
    private static void put(int[] corner, double[] weight, int k, int cw, int r0, int r1, int c0, int c1,
                            double tx, double ty) {
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
