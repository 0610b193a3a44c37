package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.workflow.RasterFiles;

/**
 * Whole-grid reads and writes of the rank, plan and render stages into compact primitive arrays,
 * done in strips of rows so that no whole-grid {@link RasterBlock} (and no per-cell {@code double}
 * conversion) is ever held next to the result: peak memory is the result array plus one strip.
 */
final class PlanRasters {
    /** Cells per strip (about 8 M: 32 MB of float32). */
    private static final long STRIP_CELLS = 8L << 20;

    private PlanRasters() { }

    /** Rows per strip: a multiple of the source's block height. */
    private static int stripRows(int width, int height, int blockRows) {
        int b = Math.max(1, blockRows);
        long rows = Math.max(b, STRIP_CELLS / Math.max(1, width) / b * b);
        return (int) Math.min(height, rows);
    }

    /** Band 1 as float32, nodata and NaN → {@code nodataAs}. */
    static float[] readFloats(RasterFiles files, Path file, float nodataAs) throws IOException {
        try (RasterSource src = files.open(file)) {
            GridGeometry g = src.grid();
            int w = g.width(), h = g.height();
            float[] out = new float[w * h];
            int strip = stripRows(w, h, src.blockSize()[1]);
            for (int r0 = 0; r0 < h; r0 += strip) {
                RasterBlock b = src.read(0, new Window(0, r0, w, Math.min(strip, h - r0)));
                toFloats(b, nodataAs, out, r0 * w);
            }
            return out;
        }
    }

    /** The cells of {@code b} as float32 into {@code out} from {@code base}, nodata and NaN → {@code nodataAs}. */
    static void toFloats(RasterBlock b, float nodataAs, float[] out, int base) {
        NoData nd = b.noData();
        int w = b.width();
        if (b instanceof RasterBlock.Floats f) {
            float[] d = f.data();
            for (int k = 0; k < d.length; k++) {
                float v = d[k];
                out[base + k] = Float.isNaN(v) || nd.matches(v) ? nodataAs : v;
            }
        } else {
            for (int r = 0; r < b.height(); r++) {
                for (int c = 0; c < w; c++) {
                    double v = b.get(c, r);
                    out[base + r * w + c] = Double.isNaN(v) || nd.matches(v) ? nodataAs : (float) v;
                }
            }
        }
    }

    /** Band 1 of a uint8 raster as raw bytes (nodata keeps its code). */
    static byte[] readBytes(RasterFiles files, Path file) throws IOException {
        try (RasterSource src = files.open(file)) {
            GridGeometry g = src.grid();
            int w = g.width(), h = g.height();
            byte[] out = new byte[w * h];
            int strip = stripRows(w, h, src.blockSize()[1]);
            for (int r0 = 0; r0 < h; r0 += strip) {
                RasterBlock b = src.read(0, new Window(0, r0, w, Math.min(strip, h - r0)));
                if (b instanceof RasterBlock.Bytes bb) {
                    System.arraycopy(bb.data(), 0, out, r0 * w, bb.data().length);
                } else {
                    for (int r = 0; r < b.height(); r++) {
                        for (int c = 0; c < w; c++) out[(r0 + r) * w + c] = (byte) (int) b.get(c, r);
                    }
                }
            }
            return out;
        }
    }

    /** Writes an INT32 raster from a row-major array, strip by strip. */
    static void writeInts(RasterFiles files, Path file, GridGeometry grid, BandInfo band, int[] values) throws IOException {
        int w = grid.width(), h = grid.height();
        try (RasterSink sink = files.create(file, grid, DataType.INT32, List.of(band))) {
            int strip = stripRows(w, h, 512);
            for (int r0 = 0; r0 < h; r0 += strip) {
                int rows = Math.min(strip, h - r0);
                RasterBlock.Ints block = (RasterBlock.Ints) RasterBlock.create(DataType.INT32, new Window(0, r0, w, rows), band.noData());
                System.arraycopy(values, r0 * w, block.data(), 0, rows * w);
                sink.write(0, block);
            }
            sink.commit();
        }
    }
}
