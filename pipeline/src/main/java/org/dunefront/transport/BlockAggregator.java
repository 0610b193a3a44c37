package org.dunefront.transport;

/**
 * Block aggregation of study-grid layers onto a coarser model grid whose cells are {@code factor × factor}
 * study cells (the last column and row of blocks may be partial), so that the transport can run at a
 * model resolution coarser than the study grid (issue 8: 400 M study cells). Layers arrive in strips of
 * whole block rows, so the study grid is never held whole. Rules (documented in docs/sand-model.md):
 * <ul>
 * <li>continuous layers (potential flux, cover, roughness, bed, shelter index): mean of the finite values
 *     of the block, NaN when there are none ({@link #mean});</li>
 * <li>surface class ({@link #surface}): the most frequent land-cover code of the block (ties: the smaller
 *     code), except that a block holding initial sand is never a {@link SurfaceClass#SINK} — it takes its
 *     most frequent non-sink code — so no initial sand is deleted;</li>
 * <li>initial sand: thickness = Σ study thickness / factor², which conserves the initial volume exactly
 *     in real arithmetic (the value is stored as float);</li>
 * <li>assets: a model cell is an asset cell when any study cell of its block is one (any-asset rule);
 *     with several asset classes in a block it takes the one with the largest count × value (ties: the
 *     smaller asset code), so a block with one settlement cell among farmland reports to the settlement
 *     only when the settlement's value outweighs the farmland's total;</li>
 * <li>traps ({@link #majority}): more than half of the block's cells.</li>
 * </ul>
 * Sums run in row-major order within each block: results do not depend on strip size or threads.
 *
 * <p>Immutable; safe to share between threads writing disjoint model rows.
 */
public final class BlockAggregator {
    private final int studyWidth;
    private final int studyHeight;
    private final int factor;

    /**
     * @param studyWidth  study-grid columns
     * @param studyHeight study-grid rows
     * @param factor      study cells per model cell along each axis (1 = the study grid itself)
     */
    public BlockAggregator(int studyWidth, int studyHeight, int factor) {
        if (studyWidth < 1 || studyHeight < 1) throw new IllegalArgumentException("study grid must be at least 1 x 1");
        if (factor < 1) throw new IllegalArgumentException("factor must be >= 1, got " + factor);
        this.studyWidth = studyWidth;
        this.studyHeight = studyHeight;
        this.factor = factor;
    }

    public int factor() { return factor; }

    public int studyWidth() { return studyWidth; }

    public int studyHeight() { return studyHeight; }

    public int modelWidth() { return (studyWidth + factor - 1) / factor; }

    public int modelHeight() { return (studyHeight + factor - 1) / factor; }

    /** The smallest multiple of the factor that is at least {@code preferredRows}: strip heights for the other methods. */
    public int stripRows(int preferredRows) {
        return Math.max(1, (preferredRows + factor - 1) / factor) * factor;
    }

    /** Study rows of the strip starting at {@code row0} with nominal height {@code stripRows}. */
    public int rowsOf(int row0, int stripRows) {
        return Math.min(stripRows, studyHeight - row0);
    }

    /**
     * Mean of the finite values of each block of a strip of study rows {@code [row0, row0 + rows)}
     * ({@code row0} a multiple of the factor), written into the model rows it covers of {@code out}
     * (model-grid layer, row-major); NaN where a block has no finite value.
     */
    public void mean(float[] strip, int row0, int rows, float[] out) {
        int mw = modelWidth();
        for (int mr = row0 / factor; mr * factor < row0 + rows; mr++) {
            int r0 = mr * factor - row0, r1 = Math.min(r0 + factor, rows);
            for (int mc = 0; mc < mw; mc++) {
                int c0 = mc * factor, c1 = Math.min(c0 + factor, studyWidth);
                double s = 0;
                int n = 0;
                for (int r = r0; r < r1; r++) {
                    for (int c = c0; c < c1; c++) {
                        float v = strip[r * studyWidth + c];
                        if (Float.isFinite(v)) {
                            s += v;
                            n++;
                        }
                    }
                }
                out[mr * mw + mc] = n == 0 ? Float.NaN : (float) (s / n);
            }
        }
    }

    /** True where more than half of the block's cells are true (strip as in {@link #mean}). */
    public void majority(boolean[] strip, int row0, int rows, boolean[] out) {
        int mw = modelWidth();
        for (int mr = row0 / factor; mr * factor < row0 + rows; mr++) {
            int r0 = mr * factor - row0, r1 = Math.min(r0 + factor, rows);
            for (int mc = 0; mc < mw; mc++) {
                int c0 = mc * factor, c1 = Math.min(c0 + factor, studyWidth);
                int yes = 0, n = 0;
                for (int r = r0; r < r1; r++) {
                    for (int c = c0; c < c1; c++) {
                        n++;
                        if (strip[r * studyWidth + c]) yes++;
                    }
                }
                out[mr * mw + mc] = 2 * yes > n;
            }
        }
    }

    /**
     * Surface class codes, asset codes and initial sand of the model cells covered by a strip
     * (strip as in {@link #mean}).
     *
     * @param codes                 land-cover codes of the strip (unsigned bytes)
     * @param lookup                class of each code (as {@link SandTransportInput#surfaceLookup()})
     * @param assetCodes            asset class per strip cell (0 none, k = asset class k), may be null
     * @param assetValues           value weight of asset class k at index k − 1 (e.g. the legend's asset value)
     * @param initialSandThicknessM thickness of the study's mobile-sand cells, m (sinks start empty)
     * @param outCodes              model-grid codes
     * @param outAssets             model-grid asset codes (ignored when {@code assetCodes} is null)
     * @param outInitialThicknessM  model-grid initial thickness, m (may be null)
     */
    public void surface(byte[] codes, SurfaceClass[] lookup, byte[] assetCodes, double[] assetValues,
                        double initialSandThicknessM, int row0, int rows, byte[] outCodes, byte[] outAssets,
                        float[] outInitialThicknessM) {
        int mw = modelWidth();
        int[] count = new int[256];
        double[] assetScore = new double[assetValues == null ? 0 : assetValues.length + 1];
        for (int mr = row0 / factor; mr * factor < row0 + rows; mr++) {
            int r0 = mr * factor - row0, r1 = Math.min(r0 + factor, rows);
            for (int mc = 0; mc < mw; mc++) {
                int c0 = mc * factor, c1 = Math.min(c0 + factor, studyWidth);
                java.util.Arrays.fill(count, 0);
                java.util.Arrays.fill(assetScore, 0);
                double sand = 0;
                boolean anyAsset = false;
                for (int r = r0; r < r1; r++) {
                    for (int c = c0; c < c1; c++) {
                        int i = r * studyWidth + c, code = codes[i] & 0xFF;
                        count[code]++;
                        if (classOf(lookup, code) == SurfaceClass.MOBILE_SAND) sand += initialSandThicknessM;
                        if (assetCodes != null && assetCodes[i] != 0) {
                            int k = assetCodes[i] & 0xFF;
                            assetScore[k] += assetValues[k - 1];
                            anyAsset = true;
                        }
                    }
                }
                int best = -1;
                for (int code = 0; code < 256; code++) {
                    if (count[code] == 0 || (sand > 0 && classOf(lookup, code) == SurfaceClass.SINK)) continue;
                    if (best < 0 || count[code] > count[best]) best = code;
                }
                int m = mr * mw + mc;
                outCodes[m] = (byte) best;
                if (outInitialThicknessM != null) outInitialThicknessM[m] = (float) (sand / ((double) factor * factor));
                if (assetCodes != null) {
                    int bestAsset = 0;
                    if (anyAsset) {
                        bestAsset = -1;
                        for (int k = 1; k < assetScore.length; k++) {
                            if (assetScore[k] > 0 && (bestAsset < 0 || assetScore[k] > assetScore[bestAsset])) bestAsset = k;
                        }
                        if (bestAsset < 0) bestAsset = firstAsset(assetCodes, r0, r1, c0, c1);
                    }
                    outAssets[m] = (byte) bestAsset;
                }
            }
        }
    }

    /** An asset class present in the block when all present classes have value 0 (the smallest code). */
    private int firstAsset(byte[] assetCodes, int r0, int r1, int c0, int c1) {
        int best = 0;
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                int k = assetCodes[r * studyWidth + c] & 0xFF;
                if (k != 0 && (best == 0 || k < best)) best = k;
            }
        }
        return best;
    }

    private static SurfaceClass classOf(SurfaceClass[] lookup, int code) {
        return code < lookup.length ? lookup[code] : null;
    }

    /**
     * Nearest-neighbour upsampling of model rows onto the study strip {@code [row0, row0 + rows)}: every study
     * cell takes the value of the model cell containing it.
     */
    public void upsample(float[] model, int row0, int rows, float[] strip) {
        int mw = modelWidth();
        for (int r = 0; r < rows; r++) {
            int base = ((row0 + r) / factor) * mw;
            for (int c = 0; c < studyWidth; c++) strip[r * studyWidth + c] = model[base + c / factor];
        }
    }
}
