package org.dunefront.stats;

import java.io.IOException;
import java.util.List;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.Window;

/**
 * One-pass accumulator of {@link BandSummary} values. Cells equal to the band's nodata value and
 * NaN cells are excluded. The mean uses Neumaier's compensated summation (Neumaier, A. 1974,
 * "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen", ZAMM 54(1):39–51);
 * the variance sums squared deviations from the first valid value (shifted data), both sums
 * compensated, so that large offsets such as elevations in metres do not lose precision.
 */
public final class BandStatistics {
    private long valid;
    private long noData;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private boolean shiftSet;
    private double shift;
    private final CompensatedSum sum = new CompensatedSum();
    private final CompensatedSum sumSq = new CompensatedSum();

    /** Adds every cell of {@code block}, using the block's nodata marker. */
    public void accept(RasterBlock block) {
        NoData nd = block.noData();
        if (block instanceof RasterBlock.Floats f) {
            for (float v : f.data()) accept(v, nd);
        } else if (block instanceof RasterBlock.Doubles d) {
            for (double v : d.data()) accept(v, nd);
        } else {
            for (int r = 0; r < block.height(); r++) {
                for (int c = 0; c < block.width(); c++) accept(block.get(c, r), nd);
            }
        }
    }

    /** Adds one value; nodata and NaN count as missing. */
    public void accept(double v, NoData nd) {
        if (Double.isNaN(v) || nd.matches(v)) {
            noData++;
            return;
        }
        if (!shiftSet) {
            shift = v;
            shiftSet = true;
        }
        valid++;
        if (v < min) min = v;
        if (v > max) max = v;
        double d = v - shift;
        sum.add(d);
        sumSq.add(d * d);
    }

    public BandSummary summary() {
        if (valid == 0) return new BandSummary(0, noData, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double meanShifted = sum.value() / valid;
        double variance = Math.max(0, sumSq.value() / valid - meanShifted * meanShifted);
        return new BandSummary(valid, noData, min, max, shift + meanShifted, Math.sqrt(variance));
    }

    /**
     * Summarises band {@code band} of {@code source}, reading windows aligned to the storage blocks
     * (about 512 × 512 cells or whole strips) in row-major order.
     *
     * @throws org.dunefront.grid.CancelledException when {@code progress} asks to stop
     */
    public static BandSummary compute(RasterSource source, int band, ProgressListener progress) throws IOException {
        BandStatistics acc = new BandStatistics();
        List<Window> windows = scanWindows(source);
        for (int i = 0; i < windows.size(); i++) {
            acc.accept(source.read(band, windows.get(i)));
            progress.reportOrCancel((i + 1.0) / windows.size(), "statistics of band " + (band + 1) + " of " + source.name());
        }
        return acc.summary();
    }

    /** Windows covering the grid, multiples of the storage block size, of roughly 512 × 512 cells. */
    static List<Window> scanWindows(RasterSource source) {
        int[] block = source.blockSize();
        int w = source.grid().width(), h = source.grid().height();
        int tw = Math.min(w, block[0] * Math.max(1, TileScheme.DEFAULT_TILE_SIZE / block[0]));
        long target = (long) TileScheme.DEFAULT_TILE_SIZE * TileScheme.DEFAULT_TILE_SIZE;
        int rowsWanted = (int) Math.max(1, Math.min(h, target / tw));
        int th = Math.min(h, block[1] * Math.max(1, rowsWanted / block[1]));
        return new TileScheme(w, h, tw, th).tiles();
    }

    /** Neumaier's improved Kahan–Babuška summation. */
    private static final class CompensatedSum {
        private double sum;
        private double compensation;

        void add(double x) {
            double t = sum + x;
            if (Math.abs(sum) >= Math.abs(x)) compensation += (sum - t) + x;
            else compensation += (x - t) + sum;
            sum = t;
        }

        double value() {
            return sum + compensation;
        }
    }
}
