package org.dunefront.align;

/**
 * The per-cell resampling kernels, on a {@link SourceValues} window; positions are in source pixel
 * coordinates (cell i spans [i, i + 1), centre i + 0.5). Each returns NaN for "no valid source".
 * One instance per chunk (holds scratch arrays; no allocation per cell). Not thread-safe.
 */
final class CellResampler {
    /** Below this sum of valid weights a bilinear/cubic result is nodata (GDAL's 1e-5 test). */
    private static final double MIN_WEIGHT = 1e-5;
    /** Tolerance of footprint edges, in source pixels (GDAL's 1e-10). */
    private static final double EDGE_EPS = 1e-10;

    private final SourceValues src;
    private final int srcWidth;
    private final int srcHeight;
    private final Resampling method;
    private final double scaleX;
    private final double scaleY;
    private final double radiusX;
    private final double radiusY;
    private final double[] wx;
    private final double[] wy;
    /** Bilinear with an unstretched kernel: cell centres take the {@link #centre} shortcut. */
    private final boolean unitBilinear;
    private double[] modeValues = new double[64];
    private int[] modeVotes = new int[64];

    /**
     * @param srcWidth  source grid width (positions at or beyond it are outside)
     * @param scaleX    kernel scale along source columns (1, or target/source cell ratio &lt; 0.95 when coarsening)
     */
    CellResampler(SourceValues src, int srcWidth, int srcHeight, Resampling method, double scaleX, double scaleY) {
        this.src = src;
        this.srcWidth = srcWidth;
        this.srcHeight = srcHeight;
        this.method = method;
        this.scaleX = scaleX;
        this.scaleY = scaleY;
        this.radiusX = method.kernelRadius() / scaleX;
        this.radiusY = method.kernelRadius() / scaleY;
        this.wx = new double[(int) Math.ceil(2 * radiusX) + 2];
        this.wy = new double[(int) Math.ceil(2 * radiusY) + 2];
        this.unitBilinear = method == Resampling.BILINEAR && scaleX == 1 && scaleY == 1;
    }

    /** Source margin (cells) a window needs around the kernel centres. */
    static int margin(Resampling method, double scaleX, double scaleY) {
        return (int) Math.ceil(method.kernelRadius() / Math.min(scaleX, scaleY)) + 1;
    }

    /** The source column (row) nearest neighbour takes for position {@code p} ≥ 0. */
    static int nearestIndex(double p) {
        return (int) (p + EDGE_EPS);
    }

    /** Value at source position (px, py) for the point methods. */
    double point(double px, double py) {
        if (!(px >= 0 && py >= 0 && px < srcWidth && py < srcHeight)) return Double.NaN;
        if (method == Resampling.NEAREST) return src.at(nearestIndex(px), nearestIndex(py));
        double u = px - 0.5, v = py - 0.5;
        if (unitBilinear && u == (int) u && v == (int) v) return centre((int) u, (int) v);
        return kernel(u, v);
    }

    /**
     * {@link #bilinear2x2} at scale 1 on a cell centre (u, v integers, as where source and target share a lattice): the
     * weights are tent(0) = 1 for cell (u, v) and tent(1) = 0 for the other three, which are skipped, so the kernel's sum
     * is 0 + 1 · value over a weight of 1: the value itself (−0 becomes +0 in that sum, kept here), NaN when invalid.
     */
    private double centre(int u, int v) {
        double val = src.at(u, v);
        return Double.isNaN(val) ? Double.NaN : 0.0 + val;
    }

    /** Separable kernel (bilinear or cubic) centred at (u, v) in centre-based coordinates. */
    private double kernel(double u, double v) {
        int i0 = (int) Math.floor(u - radiusX) + 1, i1 = (int) Math.floor(u + radiusX);
        int j0 = (int) Math.floor(v - radiusY) + 1, j1 = (int) Math.floor(v + radiusY);
        int nx = i1 - i0 + 1, ny = j1 - j0 + 1;
        if (nx == 2 && ny == 2 && method == Resampling.BILINEAR) return bilinear2x2(i0, j0, u, v);
        for (int i = 0; i < nx; i++) wx[i] = weight((i0 + i - u) * scaleX);
        for (int j = 0; j < ny; j++) wy[j] = weight((j0 + j - v) * scaleY);
        double acc = 0, wsum = 0;
        for (int j = 0; j < ny; j++) {
            double wj = wy[j];
            if (wj == 0) continue;
            for (int i = 0; i < nx; i++) {
                double w = wx[i] * wj;
                if (w == 0) continue;
                double val = src.at(i0 + i, j0 + j);
                if (Double.isNaN(val)) continue;
                acc += w * val;
                wsum += w;
            }
        }
        return Math.abs(wsum) < MIN_WEIGHT ? Double.NaN : acc / wsum;
    }

    /**
     * The 2 × 2 case of {@link #kernel} (bilinear at any scale whose support covers two cells per axis), unrolled:
     * the same weights, the same products and sums in the same order, so the same bits, without the weight arrays.
     */
    private double bilinear2x2(int i0, int j0, double u, double v) {
        double wx0 = tent((i0 - u) * scaleX), wx1 = tent((i0 + 1 - u) * scaleX);
        double wy0 = tent((j0 - v) * scaleY), wy1 = tent((j0 + 1 - v) * scaleY);
        double acc = 0, wsum = 0;
        if (wy0 != 0) {
            double w = wx0 * wy0;
            double val = w == 0 ? Double.NaN : src.at(i0, j0);
            if (!Double.isNaN(val)) {
                acc += w * val;
                wsum += w;
            }
            w = wx1 * wy0;
            val = w == 0 ? Double.NaN : src.at(i0 + 1, j0);
            if (!Double.isNaN(val)) {
                acc += w * val;
                wsum += w;
            }
        }
        if (wy1 != 0) {
            double w = wx0 * wy1;
            double val = w == 0 ? Double.NaN : src.at(i0, j0 + 1);
            if (!Double.isNaN(val)) {
                acc += w * val;
                wsum += w;
            }
            w = wx1 * wy1;
            val = w == 0 ? Double.NaN : src.at(i0 + 1, j0 + 1);
            if (!Double.isNaN(val)) {
                acc += w * val;
                wsum += w;
            }
        }
        return Math.abs(wsum) < MIN_WEIGHT ? Double.NaN : acc / wsum;
    }

    /** The bilinear (tent) weight of {@link #weight}. */
    private static double tent(double t) {
        double a = Math.abs(t);
        return a < 1 ? 1 - a : 0;
    }

    private double weight(double t) {
        double a = Math.abs(t);
        if (method == Resampling.BILINEAR) return a < 1 ? 1 - a : 0;
        // Keys (1981) cubic convolution with a = -0.5
        if (a < 1) return (1.5 * a - 2.5) * a * a + 1;
        if (a < 2) return ((-0.5 * a + 2.5) * a - 4) * a + 2;
        return 0;
    }

    /**
     * AVERAGE or MODE over the source cells overlapping the box spanned by the source positions of the target
     * cell's top-left (x0, y0) and bottom-right (x1, y1) corners (GDAL's approximation of the footprint).
     * AVERAGE weights each cell by its overlapped area; MODE gives every overlapping cell one vote and breaks
     * ties in favour of the value met first in row-major order (both as gdalwarp 3.6 does, measured).
     */
    double area(double x0, double y0, double x1, double y1) {
        if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))) return Double.NaN;
        double xMin = Math.min(x0, x1), xMax = Math.max(x0, x1), yMin = Math.min(y0, y1), yMax = Math.max(y0, y1);
        int iMin = Math.max((int) Math.floor(xMin + EDGE_EPS), 0), iMax = Math.min((int) Math.ceil(xMax - EDGE_EPS), srcWidth);
        int jMin = Math.max((int) Math.floor(yMin + EDGE_EPS), 0), jMax = Math.min((int) Math.ceil(yMax - EDGE_EPS), srcHeight);
        if (iMin >= iMax || jMin >= jMax) return Double.NaN;
        boolean mode = method == Resampling.MODE;
        int distinct = 0;
        double acc = 0, wsum = 0;
        for (int j = jMin; j < jMax; j++) {
            double wyj = Math.min(j + 1, yMax) - Math.max(j, yMin);
            if (wyj <= 0) continue;
            for (int i = iMin; i < iMax; i++) {
                double w = (Math.min(i + 1, xMax) - Math.max(i, xMin)) * wyj;
                if (w <= 0) continue;
                double val = src.at(i, j);
                if (Double.isNaN(val)) continue;
                if (mode) {
                    distinct = vote(val, distinct);
                } else {
                    acc += w * val;
                }
                wsum += w;
            }
        }
        if (wsum <= 0) return Double.NaN;
        if (!mode) return acc / wsum;
        int best = 0;
        for (int k = 1; k < distinct; k++) {
            if (modeVotes[k] > modeVotes[best]) best = k; // ties: the value seen first (row-major) wins
        }
        return modeValues[best];
    }

    private int vote(double val, int distinct) {
        for (int k = 0; k < distinct; k++) {
            if (modeValues[k] == val) {
                modeVotes[k]++;
                return distinct;
            }
        }
        if (distinct == modeValues.length) {
            modeValues = java.util.Arrays.copyOf(modeValues, 2 * distinct);
            modeVotes = java.util.Arrays.copyOf(modeVotes, 2 * distinct);
        }
        modeValues[distinct] = val;
        modeVotes[distinct] = 1;
        return distinct + 1;
    }
}
