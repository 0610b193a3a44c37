package org.dunefront.ranking;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The exact Euclidean distance field of {@link DistanceTransform#field}, produced strip by strip of
 * rows (top to bottom) instead of for the whole grid: the same two passes of Felzenszwalb &amp;
 * Huttenlocher (2012, Theory of Computing 8:415–428), the same arithmetic, bit-for-bit the same
 * distances, but only one strip of values is held at a time.
 *
 * <p>How the column pass is split: for binary features the column transform of a cell is the squared
 * distance to the nearest feature row in its column, above or below. The nearest feature row above is
 * carried from strip to strip (one int per column); the nearest one below the current strip is taken
 * from a bottom-up sweep done once at construction, which keeps, for every strip border, the nearest
 * feature row at or below it in every column ({@code strips × width} ints); inside the strip a local
 * backward sweep finishes the pass. The row pass (lower envelope of parabolas along each row) needs
 * only the strip's own rows. O(N) time; the feature predicate is evaluated twice per cell.
 *
 * <p>Memory: {@code strips × width} ints of border state plus one strip of values (4 bytes per cell
 * of the strip) and feature flags: with {@link #defaultStripRows} about 8·√height bytes per column,
 * 25 MB at 20 000 × 20 000, instead of the 4 bytes per grid cell of a {@link DistanceField}.
 *
 * <p>Use: {@code while (s.next()) for cells i of rows row0() .. row0() + rows() - 1: s.distanceM(i)};
 * {@code next(false)} skips the distances of a strip the caller does not read.
 * Not thread-safe (one consumer); the passes inside a strip run on the common fork-join pool and the
 * values do not depend on the thread count or the strip height.
 */
public final class DistanceStrips {
    private final IntPredicate feature;
    private final byte[] classes;       // with featureClass: feature = featureClass[classes[i] & 0xFF], no predicate call
    private final boolean[] featureClass;
    private final int width;
    private final int height;
    private final int stripRows;
    private final boolean squared;      // square cells: a² + b² as int, else float32 metres
    private final double cellAreaM2;    // Δx² (square cells)
    private final double s2x;
    private final double s2y;
    private final boolean anyFeature;
    private final int[] belowBorder;    // [s·width + c]: nearest feature row ≥ (s + 1)·stripRows, -1 = none
    private final int[] above;          // nearest feature row at or above the current row, -1 = none
    private final int[] squaredCells;   // current strip, square cells
    private final double[] d2;          // current strip, anisotropic cells (column pass, then metres)
    private final float[] metres;       // current strip, anisotropic cells
    private final boolean[] isFeature;  // current strip
    private final ThreadLocal<DistanceTransform.Scratch> scratch;
    private int row0;
    private int rows;
    private int nextStrip;
    private boolean computed;

    private DistanceStrips(IntPredicate feature, byte[] classes, boolean[] featureClass, int width, int height,
                           double cellWidthM, double cellHeightM, int stripRows) {
        this.feature = feature;
        this.classes = classes;
        this.featureClass = featureClass;
        this.width = width;
        this.height = height;
        this.stripRows = stripRows;
        this.squared = DistanceTransform.storesSquaredCells(width, height, cellWidthM, cellHeightM);
        this.cellAreaM2 = cellWidthM * cellWidthM;
        this.s2x = cellWidthM * cellWidthM;
        this.s2y = cellHeightM * cellHeightM;
        int strips = (height + stripRows - 1) / stripRows;
        this.belowBorder = new int[(strips - 1) * width];
        this.anyFeature = sweepBottomUp();
        this.above = new int[width];
        Arrays.fill(above, -1);
        int cells = stripRows * width;
        this.squaredCells = squared ? new int[cells] : null;
        this.d2 = squared ? null : new double[cells];
        this.metres = squared ? null : new float[cells];
        this.isFeature = new boolean[cells];
        this.scratch = ThreadLocal.withInitial(() -> new DistanceTransform.Scratch(width));
    }

    /**
     * @param feature     true where cell i (row-major index) is a feature; called twice per cell,
     *                    possibly from several threads
     * @param cellWidthM  Δx in metres (&gt; 0)
     * @param cellHeightM Δy in metres (&gt; 0)
     * @param stripRows   rows per strip (≥ 1; the last strip may be shorter)
     */
    public static DistanceStrips of(IntPredicate feature, int width, int height, double cellWidthM, double cellHeightM,
                                    int stripRows) {
        check(width, height, cellWidthM, cellHeightM, stripRows);
        return new DistanceStrips(java.util.Objects.requireNonNull(feature, "feature"), null, null, width, height,
                cellWidthM, cellHeightM, Math.min(stripRows, height));
    }

    /**
     * The distances to the cells whose class code (unsigned byte, e.g. land cover) is marked in
     * {@code featureClass}: the same as {@link #of} with the predicate {@code featureClass[classes[i] & 0xFF]},
     * read without a predicate call per cell.
     *
     * @param classes      class code per cell, row-major (not copied; must not change while in use)
     * @param featureClass 256 flags, true for the feature classes
     */
    public static DistanceStrips ofClasses(byte[] classes, boolean[] featureClass, int width, int height,
                                           double cellWidthM, double cellHeightM, int stripRows) {
        if (featureClass.length != 256) throw new IllegalArgumentException("featureClass must have 256 flags");
        if ((long) width * height != classes.length) throw new IllegalArgumentException("classes must have width x height cells");
        check(width, height, cellWidthM, cellHeightM, stripRows);
        return new DistanceStrips(null, classes, featureClass, width, height, cellWidthM, cellHeightM,
                Math.min(stripRows, height));
    }

    private static void check(int width, int height, double cellWidthM, double cellHeightM, int stripRows) {
        if (width < 1 || height < 1) throw new IllegalArgumentException("size must be ≥ 1");
        if (!(cellWidthM > 0) || !(cellHeightM > 0)) throw new IllegalArgumentException("cell sizes must be > 0");
        if (stripRows < 1) throw new IllegalArgumentException("stripRows must be ≥ 1, got " + stripRows);
    }

    private boolean isFeature(int i) {
        return classes != null ? featureClass[classes[i] & 0xFF] : feature.test(i);
    }

    /**
     * Rows per strip that balance the border state ({@code height / rows} ints per column) against the
     * strip buffer ({@code rows} values per column): about √height, at least 16.
     */
    public static int defaultStripRows(int height) {
        return Math.max(16, (int) Math.ceil(Math.sqrt(height)));
    }

    /** True when the grid has at least one feature cell (otherwise every distance is +∞). */
    public boolean hasFeature() { return anyFeature; }

    /** First row of the current strip. */
    public int row0() { return row0; }

    /** Rows of the current strip. */
    public int rows() { return rows; }

    /** Computes the next strip; false when every strip has been produced. */
    public boolean next() {
        return next(true);
    }

    /**
     * Moves to the next strip, computing its distances only when {@code values} (a caller that reads no
     * distance of a strip skips its backward column sweep and its row pass, most of the work; the strips
     * after it are unchanged). False when every strip has been produced.
     */
    public boolean next(boolean values) {
        int r0 = nextStrip * stripRows;
        if (r0 >= height) return false;
        row0 = r0;
        rows = Math.min(stripRows, height - r0);
        computed = values;
        if (anyFeature) {
            if (values) computeStrip(nextStrip);
            else carryAbove();
        }
        nextStrip++;
        return true;
    }

    /**
     * Distance in metres from cell i (row-major index in the whole grid, inside the current strip) to
     * the nearest feature; +∞ without features. Identical to {@link DistanceField#distanceM} of
     * {@link DistanceTransform#field} for the same grid.
     */
    public double distanceM(int i) {
        if (!computed) throw new IllegalStateException("the distances of rows " + row0 + ".." + (row0 + rows - 1) + " were skipped");
        if (!anyFeature) return Double.POSITIVE_INFINITY;
        int j = i - row0 * width;
        if (squared) return Math.sqrt(cellAreaM2 * squaredCells[j]);
        return metres[j];
    }

    /** Fills {@link #belowBorder}; returns whether any cell is a feature. */
    private boolean sweepBottomUp() {
        int chunk = Math.max(64, (width + 63) / 64);
        int chunks = (width + chunk - 1) / chunk;
        boolean[] any = new boolean[chunks];
        IntStream.range(0, chunks).parallel().forEach(k -> {
            int c0 = k * chunk, c1 = Math.min(width, c0 + chunk);
            int[] next = new int[c1 - c0];
            Arrays.fill(next, -1);
            for (int r = height - 1; r >= 0; r--) {
                if ((r + 1) % stripRows == 0 && r + 1 < height) {
                    System.arraycopy(next, 0, belowBorder, ((r + 1) / stripRows - 1) * width + c0, c1 - c0);
                }
                int row = r * width;
                for (int c = c0; c < c1; c++) {
                    if (isFeature(row + c)) { next[c - c0] = r; any[k] = true; }
                }
            }
        });
        for (boolean a : any) if (a) return true;
        return false;
    }

    private void computeStrip(int s) {
        int chunk = Math.max(64, (width + 63) / 64);
        IntStream.range(0, (width + chunk - 1) / chunk).parallel().forEach(k ->
                columnPass(s, k * chunk, Math.min(width, (k + 1) * chunk)));
        IntStream.range(0, rows).parallel().forEach(this::rowPass);
    }

    /** For a skipped strip: the nearest feature row at or above its last row, per column (what the next strip carries). */
    private void carryAbove() {
        int chunk = Math.max(64, (width + 63) / 64);
        IntStream.range(0, (width + chunk - 1) / chunk).parallel().forEach(k -> {
            int c0 = k * chunk, c1 = Math.min(width, (k + 1) * chunk);
            for (int r = row0; r < row0 + rows; r++) {
                int row = r * width;
                for (int c = c0; c < c1; c++) if (isFeature(row + c)) above[c] = r;
            }
        });
    }

    /** The column pass of {@link DistanceTransform} for columns c0..c1-1 of the current strip. */
    private void columnPass(int s, int c0, int c1) {
        int base = row0 * width;
        for (int r = row0; r < row0 + rows; r++) {
            int row = r * width;
            for (int c = c0; c < c1; c++) {
                int j = row + c - base;
                boolean f = isFeature(row + c);
                isFeature[j] = f;
                if (f) above[c] = r;
                long dq = r - above[c];
                if (squared) {
                    squaredCells[j] = above[c] < 0 ? DistanceTransform.FAR_CELLS : (int) (dq * dq);
                } else {
                    double dd = r - above[c];
                    d2[j] = above[c] < 0 ? DistanceTransform.FAR : s2y * dd * dd;
                }
            }
        }
        boolean last = row0 + rows >= height;
        for (int c = c0; c < c1; c++) {
            int below = last ? -1 : belowBorder[s * width + c];
            for (int r = row0 + rows - 1; r >= row0; r--) {
                int j = r * width + c - base;
                if (isFeature[j]) below = r;
                if (below < 0) continue;
                if (squared) {
                    long dq = below - r;
                    if (dq * dq < squaredCells[j]) squaredCells[j] = (int) (dq * dq);
                } else {
                    double dq = below - r;
                    double v = s2y * dq * dq;
                    if (v < d2[j]) d2[j] = v;
                }
            }
        }
    }

    /** The row pass (lower envelope) of {@link DistanceTransform} for row {@code row0 + r}. */
    private void rowPass(int r) {
        DistanceTransform.Scratch t = scratch.get();
        int off = r * width;
        if (squared) {
            for (int c = 0; c < width; c++) t.f[c] = squaredCells[off + c];
            DistanceTransform.envelope(t.f, width, 1.0, t.d, t.v, t.z);
            for (int c = 0; c < width; c++) squaredCells[off + c] = (int) t.d[c];
        } else {
            System.arraycopy(d2, off, t.f, 0, width);
            DistanceTransform.envelope(t.f, width, s2x, t.d, t.v, t.z);
            for (int c = 0; c < width; c++) metres[off + c] = (float) Math.sqrt(t.d[c]);
        }
    }
}
