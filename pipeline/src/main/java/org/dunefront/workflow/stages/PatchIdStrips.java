package org.dunefront.workflow.stages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dunefront.grid.CancelledException;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;

/**
 * The rank stage's patch-id raster streamed in strips of whole block rows (about {@value #STRIP_CELLS_TEXT} cells,
 * at least one block row), nodata → 0, handed to a consumer in row order: the plan never holds the study grid's ids
 * (4 bytes per cell, 1.6 GB at 20000 × 20000), only one strip. Each strip is decoded on up to {@code threads} threads,
 * one column range of whole storage blocks per thread (the source is thread-safe and every block is decoded once);
 * the cells do not depend on the thread count. Progress is reported and cancellation polled once per strip.
 */
final class PatchIdStrips {
    /** Cells per strip (about 8 M: 32 MB of ints). */
    static final long STRIP_CELLS = 8L << 20;
    private static final String STRIP_CELLS_TEXT = "8 M";

    /** Receives one strip: rows {@code row0 .. row0 + rows - 1}, row-major in {@code ids[0 .. rows · width)}. */
    interface Consumer {
        void accept(int row0, int rows, int[] ids) throws IOException;
    }

    private PatchIdStrips() { }

    /** Rows per strip: a multiple of the source's block height, about {@code stripCells} cells. */
    static int stripRows(int width, int height, int blockRows, long stripCells) {
        int b = Math.max(1, blockRows);
        long rows = Math.max(b, stripCells / Math.max(1, width) / b * b);
        return (int) Math.min(height, rows);
    }

    /** Streams band 1 of {@code src} through {@code body} in strips of {@link #STRIP_CELLS} cells. */
    static void forEach(RasterSource src, int threads, ProgressListener progress, String message, Consumer body)
            throws IOException {
        forEach(src, threads, STRIP_CELLS, progress, message, body);
    }

    /** As {@link #forEach(RasterSource, int, ProgressListener, String, Consumer)} with a chosen strip size (tests). */
    static void forEach(RasterSource src, int threads, long stripCells, ProgressListener progress, String message,
                        Consumer body) throws IOException {
        int w = src.grid().width(), h = src.grid().height();
        int strip = stripRows(w, h, src.blockSize()[1], stripCells);
        int[] ids = new int[strip * w];
        List<Window> columns = columnRanges(w, src.blockSize()[0], threads);
        ExecutorService pool = columns.size() > 1 ? Executors.newFixedThreadPool(columns.size(), PatchIdStrips::daemon) : null;
        try {
            for (int row0 = 0; row0 < h; row0 += strip) {
                progress.reportOrCancel((double) row0 / h, message);
                int rows = Math.min(strip, h - row0);
                read(src, row0, rows, columns, ids, pool);
                body.accept(row0, rows, ids);
            }
            progress.reportOrCancel(1.0, message);
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    /** Column ranges {@code (col, 0, width, 0)} of whole blocks, one per thread (at most the number of block columns). */
    static List<Window> columnRanges(int width, int blockWidth, int threads) {
        int bw = Math.max(1, Math.min(width, blockWidth));
        int blockCols = (width + bw - 1) / bw;
        int parts = Math.max(1, Math.min(threads, blockCols));
        List<Window> out = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int c0 = (int) ((long) blockCols * p / parts) * bw, c1 = Math.min(width, (int) ((long) blockCols * (p + 1) / parts) * bw);
            out.add(new Window(c0, 0, c1 - c0, 0));
        }
        return out;
    }

    private static void read(RasterSource src, int row0, int rows, List<Window> columns, int[] ids, ExecutorService pool)
            throws IOException {
        int w = src.grid().width();
        if (pool == null) {
            copy(src.read(0, new Window(0, row0, w, rows)), ids, 0, w);
            return;
        }
        List<Future<Void>> parts = new ArrayList<>();
        for (Window c : columns) {
            parts.add(pool.submit(() -> {
                copy(src.read(0, new Window(c.col(), row0, c.width(), rows)), ids, c.col(), w);
                return null;
            }));
        }
        for (Future<Void> f : parts) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException("interrupted while reading " + src.name());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) throw io;
                if (e.getCause() instanceof RuntimeException re) throw re;
                if (e.getCause() instanceof Error er) throw er;
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Block cells into columns {@code col0 ..} of the full-width strip (nodata → 0). */
    private static void copy(RasterBlock b, int[] ids, int col0, int width) {
        int bw = b.width();
        if (b instanceof RasterBlock.Ints ib && !ib.noData().present()) {
            int[] d = ib.data();
            for (int r = 0; r < b.height(); r++) System.arraycopy(d, r * bw, ids, r * width + col0, bw);
            return;
        }
        for (int r = 0; r < b.height(); r++) {
            for (int c = 0; c < bw; c++) ids[r * width + col0 + c] = b.isNoData(c, r) ? 0 : (int) b.get(c, r);
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "plan-id-reader");
        t.setDaemon(true);
        return t;
    }
}
