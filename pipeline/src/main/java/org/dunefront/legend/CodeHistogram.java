package org.dunefront.legend;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.io.IOException;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;

/**
 * Counts of the integer values of a categorical raster, accumulated block by block (for tiled
 * ingest validation). Nodata cells of the block are not counted. Not thread-safe: use one per
 * thread and {@link #merge(CodeHistogram)}.
 */
public final class CodeHistogram {
    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private final long[] small = new long[256];

    /**
     * The histogram of band {@code band} (0-based) of a whole raster, read in strips of rows so
     * that rasters larger than the heap can be checked.
     */
    public static CodeHistogram of(RasterSource source, int band) throws IOException {
        CodeHistogram h = new CodeHistogram();
        int w = source.grid().width(), rows = Math.max(1, (int) Math.min(source.grid().height(), (1 << 22) / Math.max(1, w)));
        for (int r = 0; r < source.grid().height(); r += rows) {
            h.add(source.read(band, new Window(0, r, w, Math.min(rows, source.grid().height() - r))));
        }
        return h;
    }

    /** Adds every non-nodata cell of {@code block}. */
    public CodeHistogram add(RasterBlock block) {
        if (block instanceof RasterBlock.Bytes b && block.type() == org.dunefront.grid.DataType.UINT8) {
            byte[] d = b.data();
            boolean nd = block.noData().present();
            int ndv = nd ? (int) block.noData().value() : -1;
            for (byte v : d) {
                int u = v & 0xFF;
                if (u != ndv) small[u]++;
            }
            return this;
        }
        for (int r = 0; r < block.height(); r++) {
            for (int c = 0; c < block.width(); c++) {
                double v = block.get(c, r);
                if (block.noData().matches(v) || Double.isNaN(v)) continue;
                add((int) Math.rint(v), 1);
            }
        }
        return this;
    }

    /** Adds {@code n} cells of value {@code code}. */
    public CodeHistogram add(int code, long n) {
        if (code >= 0 && code < 256) small[code] += n;
        else counts.merge(code, n, Long::sum);
        return this;
    }

    public CodeHistogram merge(CodeHistogram other) {
        for (int i = 0; i < 256; i++) small[i] += other.small[i];
        other.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
        return this;
    }

    /** Value → cell count, ascending values, only values that occur. */
    public SortedMap<Integer, Long> counts() {
        TreeMap<Integer, Long> out = new TreeMap<>(counts);
        for (int i = 0; i < 256; i++) if (small[i] > 0) out.put(i, small[i]);
        return Collections.unmodifiableSortedMap(out);
    }

    public long count(int code) {
        return code >= 0 && code < 256 ? small[code] : counts.getOrDefault(code, 0L);
    }
}
