package org.dunefront.workflow.stages;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.workflow.RasterFiles;

/**
 * Band 1 of a raster as float32 rows on demand (nodata and NaN → a given value, as
 * {@link PlanRasters#readFloats}), for the rank stage's strip-loaded layers: the source stays open and
 * one chunk of whole rows, aligned to the file's blocks, is kept decoded, so strips smaller than a
 * block do not decode the same block again. Heap: one chunk ({@link #heapBytes}). Not thread-safe.
 */
final class RasterRows implements Closeable {
    private final Path file;
    private final RasterSource src;
    private final int width;
    private final int height;
    private final int chunkRows;
    private final float nodataAs;
    private float[] chunk;
    private int chunkRow0 = -1;
    private int chunkRowCount;
    private boolean closed;

    private RasterRows(Path file, RasterSource src, int chunkRows, float nodataAs) {
        this.file = file;
        this.src = src;
        this.width = src.grid().width();
        this.height = src.grid().height();
        this.chunkRows = chunkRows;
        this.nodataAs = nodataAs;
    }

    /** Opens {@code file}, which must be on {@code grid} (same size). */
    static RasterRows open(RasterFiles files, Path file, GridGeometry grid, float nodataAs) throws IOException {
        RasterSource src = files.open(file);
        GridGeometry g = src.grid();
        if (g.width() != grid.width() || g.height() != grid.height()) {
            src.close();
            throw new InputDataException(file.toString(), "is " + g.width() + " x " + g.height()
                    + " cells, the land cover " + grid.width() + " x " + grid.height(),
                    "rerun the upstream stages (--from ingest) so that every layer is on the study grid");
        }
        return new RasterRows(file, src, chunkRows(src.blockSize()[1]), nodataAs);
    }

    /** Rows decoded at a time: a multiple of the block height, at least 256 rows. */
    static int chunkRows(int blockRows) {
        int b = Math.max(1, blockRows);
        return b * Math.max(1, 256 / b);
    }

    /** The GeoTIFF reader's decoded-block cache per open file ({@code io.geotiff.GeoTiffSource}: 48 MiB). */
    static final long READER_CACHE_BYTES = 48L << 20;

    /**
     * Heap of one open layer: the reader's block cache, the decoded chunk (4 bytes per cell) and the block
     * it is decoded from (float32 or wider, counted as 8 bytes per cell).
     */
    static long heapBytes(int width, int height, int blockRows) {
        return READER_CACHE_BYTES + (long) Math.min(height, chunkRows(blockRows)) * width * 12L;
    }

    /** Fills {@code out} with rows {@code row0 .. row0 + rows - 1}; I/O failures are thrown unchecked. */
    void read(int row0, int rows, float[] out) {
        try {
            for (int r = row0; r < row0 + rows; ) {
                if (r < chunkRow0 || r >= chunkRow0 + chunkRowCount) loadChunk(r / chunkRows * chunkRows);
                int n = Math.min(row0 + rows, chunkRow0 + chunkRowCount) - r;
                System.arraycopy(chunk, (r - chunkRow0) * width, out, (r - row0) * width, n * width);
                r += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void loadChunk(int r0) throws IOException {
        int rows = Math.min(chunkRows, height - r0);
        if (chunk == null) chunk = new float[Math.min(chunkRows, height) * width];
        RasterBlock b = src.read(0, new Window(0, r0, width, rows));
        PlanRasters.toFloats(b, nodataAs, chunk, 0);
        chunkRow0 = r0;
        chunkRowCount = rows;
    }

    /** Closes the source (and drops the chunk); a second call does nothing. */
    @Override public void close() throws IOException {
        if (closed) return;
        closed = true;
        chunk = null;
        src.close();
    }
}
