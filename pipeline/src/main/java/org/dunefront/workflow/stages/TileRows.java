package org.dunefront.workflow.stages;

import java.io.IOException;
import java.util.function.Function;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;

/**
 * One band of a raster read in strips of full-width rows whose height need not match the file's block height:
 * the reader decodes whole block rows (the full width, one block high), converts each once ({@code convert}:
 * to a float or byte array, row-major) and keeps the last one, so a block row shared by two consecutive strips
 * is decoded once, whatever the strip height (a multiple of the model block factor, not of the 512-row tile).
 * Strips must be requested top to bottom for that reuse; any order gives the same values. Memory: one converted
 * block row (20000 × 512 float32 = 41 MB). Not thread-safe: one thread per instance (instances of different
 * bands may run in parallel; the sources are thread-safe).
 *
 * @param <A> the converted array type ({@code float[]} or {@code byte[]})
 */
final class TileRows<A> {
    /** Files with shorter blocks (strips of a few rows) are read in bands of this many rows. */
    private static final int MIN_ROWS = 256;

    private final RasterSource source;
    private final int band;
    private final int width;
    private final int height;
    private final int blockRows;
    private final Function<RasterBlock, A> convert;
    private int cachedRow0 = -1;
    private int cachedRows;
    private A cached;

    TileRows(RasterSource source, int band, Function<RasterBlock, A> convert) {
        this.source = source;
        this.band = band;
        this.width = source.grid().width();
        this.height = source.grid().height();
        int bh = source.blockSize()[1];
        this.blockRows = bh >= MIN_ROWS ? bh : ((MIN_ROWS + bh - 1) / bh) * bh;
        this.convert = convert;
    }

    /** Rows {@code [row0, row0 + rows)} (full width) copied into {@code out} from index 0. */
    void read(int row0, int rows, A out) throws IOException {
        int end = row0 + rows;
        for (int b = row0 / blockRows; b * blockRows < end; b++) {
            int b0 = b * blockRows;
            if (b0 != cachedRow0) {
                cachedRows = Math.min(blockRows, height - b0);
                cached = convert.apply(source.read(band, new Window(0, b0, width, cachedRows)));
                cachedRow0 = b0;
            }
            int from = Math.max(row0, b0), to = Math.min(end, b0 + cachedRows);
            System.arraycopy(cached, (from - b0) * width, out, (from - row0) * width, (to - from) * width);
        }
    }
}
