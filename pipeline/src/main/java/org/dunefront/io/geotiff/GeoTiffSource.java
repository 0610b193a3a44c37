package org.dunefront.io.geotiff;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;

/**
 * A GeoTIFF image as a {@link RasterSource}: a window read decodes only the strips or tiles it
 * touches (through a shared {@link BlockCache}) and copies the requested band out of them; cells
 * outside the grid get the band's nodata fill value. When a read needs two or more blocks that are not
 * cached, they are decoded and copied on up to {@code decodeThreads} threads ({@link DecodePool}): each
 * block fills its own cells of the result, so the cells are the same as with one thread, and memory
 * grows by at most one decoded block per thread. Thread-safe.
 */
final class GeoTiffSource implements RasterSource {
    /** Decoded-block cache budget per open file. */
    private static final long CACHE_BYTES = 48L << 20;

    private final TiffFile file;
    private final ImageLayout layout;
    private final GridGeometry grid;
    private final List<BandInfo> bands;
    private final Map<String, String> metadata;
    private final BlockDecoder decoder;
    private final BlockCache cache = new BlockCache(CACHE_BYTES);
    /** Threads decoding the blocks of one read ({@link DecodePool}); 1 = the caller alone. */
    private final int decodeThreads;

    GeoTiffSource(TiffFile file, ImageLayout layout, GridGeometry grid, List<BandInfo> bands, Map<String, String> metadata,
                  int decodeThreads) {
        if (decodeThreads < 1) throw new IllegalArgumentException("decodeThreads must be >= 1, got " + decodeThreads);
        this.decodeThreads = decodeThreads;
        this.file = file;
        this.layout = layout;
        this.grid = grid;
        this.bands = List.copyOf(bands);
        this.metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        this.decoder = new BlockDecoder(file, layout);
    }

    @Override public String name() { return file.name(); }
    @Override public GridGeometry grid() { return grid; }
    @Override public int bandCount() { return layout.samplesPerPixel; }
    @Override public DataType dataType() { return layout.dataType; }
    @Override public BandInfo bandInfo(int band) { return bands.get(band); }
    @Override public Map<String, String> metadata() { return metadata; }
    @Override public int[] blockSize() { return new int[] {layout.blockWidth, layout.blockHeight}; }

    @Override
    public RasterBlock read(int band, Window window) throws IOException {
        if (band < 0 || band >= layout.samplesPerPixel) {
            throw new IndexOutOfBoundsException("band " + band + " of " + layout.samplesPerPixel + " in " + name());
        }
        Window in = window.intersect(grid.extent());
        // Every cell of a window inside the grid and over stored blocks is copied below: no need to
        // pre-fill it with nodata (a full pass over the block per read).
        RasterBlock out = in.equals(window) && !touchesSparseBlock(band, in)
                ? RasterBlock.create(layout.dataType, window, bands.get(band).noData())
                : RasterBlock.filled(layout.dataType, window, bands.get(band).noData());
        if (in.isEmpty()) return out;
        Object dst = array(out);
        int bw = layout.blockWidth, bh = layout.blockHeight;
        int br0 = in.row() / bh, bc0 = in.col() / bw;
        int blockCols = (in.endCol() - 1) / bw - bc0 + 1;
        int blocks = ((in.endRow() - 1) / bh - br0 + 1) * blockCols;
        DecodePool.IndexTask copyBlock = k -> copyBlock(band, br0 + k / blockCols, bc0 + k % blockCols, in, window, dst);
        if (decodeThreads > 1 && uncachedBlocks(band, br0, bc0, blocks, blockCols) >= 2) {
            // Each block is decoded and copied into its own cells of dst by one thread: same result as the serial loop.
            DecodePool.forEach(blocks, decodeThreads, copyBlock);
        } else {
            for (int k = 0; k < blocks; k++) copyBlock.run(k);
        }
        return out;
    }

    /** Decodes (or takes from the cache) block ({@code bc}, {@code br}) of {@code band} and copies its part of {@code in} into {@code dst}. */
    private void copyBlock(int band, int br, int bc, Window in, Window window, Object dst) throws IOException {
        int bw = layout.blockWidth, bh = layout.blockHeight;
        int rows = layout.rowsInBlock(br);
        Object src = block(layout.blockIndex(band, bc, br), rows);
        if (src == null) return; // sparse block: keep the nodata fill
        int spp = layout.samplesPerBlockPixel();
        int sampleOffset = layout.planarSeparate ? 0 : band;
        Window bwin = new Window(bc * bw, br * bh, bw, rows);
        Window o = in.intersect(bwin);
        for (int r = o.row(); r < o.endRow(); r++) {
            int s = ((r - bwin.row()) * bw + (o.col() - bwin.col())) * spp + sampleOffset;
            int d = (r - window.row()) * window.width() + (o.col() - window.col());
            copy(src, s, spp, dst, d, o.width());
        }
    }

    /** How many of the window's blocks (row-major from block ({@code bc0}, {@code br0})) must be decoded: stored and not cached. */
    private int uncachedBlocks(int band, int br0, int bc0, int blocks, int blockCols) {
        int n = 0;
        for (int k = 0; k < blocks; k++) {
            int index = layout.blockIndex(band, bc0 + k % blockCols, br0 + k / blockCols);
            if ((layout.offsets[index] != 0 || layout.byteCounts[index] != 0) && cache.get(index) == null) n++;
        }
        return n;
    }

    /** Whether a block holding part of {@code in} (inside the grid) is sparse (absent from the file). */
    private boolean touchesSparseBlock(int band, Window in) {
        int bw = layout.blockWidth, bh = layout.blockHeight;
        for (int br = in.row() / bh; br <= (in.endRow() - 1) / bh; br++) {
            for (int bc = in.col() / bw; bc <= (in.endCol() - 1) / bw; bc++) {
                int index = layout.blockIndex(band, bc, br);
                if (layout.offsets[index] == 0 && layout.byteCounts[index] == 0) return true;
            }
        }
        return false;
    }

    private Object block(int index, int rows) throws IOException {
        Object b = cache.get(index);
        if (b == null) {
            b = decoder.decode(index, rows);
            if (b != null) cache.put(index, b);
        }
        return b;
    }

    private static Object array(RasterBlock b) {
        if (b instanceof RasterBlock.Bytes x) return x.data();
        if (b instanceof RasterBlock.Shorts x) return x.data();
        if (b instanceof RasterBlock.Ints x) return x.data();
        if (b instanceof RasterBlock.Floats x) return x.data();
        return ((RasterBlock.Doubles) b).data();
    }

    /** Copies {@code n} samples taken every {@code stride} from {@code src} into consecutive {@code dst} cells. */
    private static void copy(Object src, int s, int stride, Object dst, int d, int n) {
        if (stride == 1) {
            System.arraycopy(src, s, dst, d, n);
            return;
        }
        if (src instanceof byte[] a) {
            byte[] o = (byte[]) dst;
            for (int i = 0; i < n; i++) o[d + i] = a[s + i * stride];
        } else if (src instanceof short[] a) {
            short[] o = (short[]) dst;
            for (int i = 0; i < n; i++) o[d + i] = a[s + i * stride];
        } else if (src instanceof int[] a) {
            int[] o = (int[]) dst;
            for (int i = 0; i < n; i++) o[d + i] = a[s + i * stride];
        } else if (src instanceof float[] a) {
            float[] o = (float[]) dst;
            for (int i = 0; i < n; i++) o[d + i] = a[s + i * stride];
        } else {
            double[] a = (double[]) src, o = (double[]) dst;
            for (int i = 0; i < n; i++) o[d + i] = a[s + i * stride];
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
