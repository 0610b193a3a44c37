package org.dunefront.workflow.stages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.dunefront.grid.DataType;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;

/**
 * Halo windows of a float32 DEM for a tile pass, served from whole tile rows decoded once: tile row k is the
 * source's window of rows [k·T, (k+1)·T) over columns [−halo, width + halo) (cells beyond the grid get the
 * source's nodata fill, as any halo read does), read on first use and kept for the next few tile rows. A window is
 * copied out of the rows it spans, so it holds exactly the cells {@code dem.read(0, window)} returns.
 *
 * <p>Why: a 512² tile grown by the regional halo (about 108 cells) touches 3 × 3 GeoTIFF tiles. The source's block
 * cache holds 48 MB, i.e. one and a bit tile rows of a 20000-cell-wide grid, so windows read one by one decoded
 * every DEM tile about three times; here each is decoded once.
 *
 * <p>Thread-safe: a row is decoded by the first thread asking for it while the others wait for it; rows are kept
 * in least-recently-used order up to {@code capacityRows} (a row evicted too early is only read again).
 */
final class DemTileRows {
    private final RasterSource dem;
    private final int tileRows;
    private final int halo;
    private final int rowWidth;
    private final int capacityRows;
    private final Map<Integer, FutureTask<RasterBlock.Floats>> rows = new LinkedHashMap<>(16, 0.75f, true);

    /**
     * @param tileRows rows per tile row (the pass's tile height)
     * @param halo     the largest halo (cells) of any window asked for
     */
    DemTileRows(RasterSource dem, int tileRows, int halo) {
        if (dem.dataType() != DataType.FLOAT32) throw new IllegalArgumentException("DEM must be float32, is " + dem.dataType());
        this.dem = dem;
        this.tileRows = tileRows;
        this.halo = halo;
        this.rowWidth = dem.grid().width() + 2 * halo;
        // the rows one window spans, plus one row of slack either side for tiles still running in the previous row
        this.capacityRows = 2 * ((2 * halo + tileRows - 1) / tileRows + 1) + 2;
    }

    /** Whether {@code dem} can be served this way (float32). */
    static boolean supports(RasterSource dem) {
        return dem.dataType() == DataType.FLOAT32;
    }

    /** The cells of {@code w} (columns within [−halo, width + halo)), as {@code dem.read(0, w)} gives them. */
    RasterBlock.Floats window(Window w) throws IOException {
        if (w.col() < -halo || w.endCol() > dem.grid().width() + halo) {
            throw new IllegalArgumentException("window " + w + " beyond the halo of " + halo + " columns");
        }
        float[] out = new float[Math.toIntExact(w.cellCount())];
        RasterBlock.Floats first = null;
        for (int k = Math.floorDiv(w.row(), tileRows); k <= Math.floorDiv(w.endRow() - 1, tileRows); k++) {
            RasterBlock.Floats row = row(k);
            if (first == null) first = row;
            float[] src = row.data();
            int from = Math.max(w.row(), k * tileRows), to = Math.min(w.endRow(), (k + 1) * tileRows);
            for (int y = from; y < to; y++) {
                System.arraycopy(src, (y - k * tileRows) * rowWidth + (w.col() + halo), out, (y - w.row()) * w.width(), w.width());
            }
        }
        return new RasterBlock.Floats(w, first.noData(), out);
    }

    private RasterBlock.Floats row(int k) throws IOException {
        FutureTask<RasterBlock.Floats> task;
        boolean mine = false;
        synchronized (rows) {
            task = rows.get(k);
            if (task == null) {
                task = new FutureTask<>(() -> (RasterBlock.Floats) dem.read(0, new Window(-halo, k * tileRows, rowWidth, tileRows)));
                rows.put(k, task);
                mine = true;
                var it = rows.entrySet().iterator();
                while (rows.size() > capacityRows && it.hasNext()) {
                    if (it.next().getKey() != k) it.remove();
                }
            }
        }
        if (mine) task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading DEM rows");
        } catch (ExecutionException e) {
            synchronized (rows) {
                rows.remove(k, task);
            }
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new UncheckedIOException(new IOException(c));
        }
    }
}
