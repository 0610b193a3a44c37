package org.dunefront.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.grid.Window;
import org.dunefront.io.geotiff.GeoTiffWriteOptions;
import org.dunefront.io.geotiff.GeoTiffWriter;

/** File plumbing shared by the blocks: tile loops on all cores, sinks with GDAL-like options, whole-band reads. */
final class BenchRasters {
    static final ProgressListener SILENT = (fraction, message) -> true;

    private BenchRasters() {}

    /**
     * Deflate, 512-cell tiles, floating-point/horizontal predictor, compression on all cores; the zlib
     * level is 6 (GDAL's default ZLEVEL) unless {@code -Dbench.deflateLevel=N} asks for another, to
     * measure what the level costs (docs/performance.md).
     */
    static GeoTiffWriteOptions options() {
        return GeoTiffWriteOptions.defaults().withDeflateLevel(Integer.getInteger("bench.deflateLevel", 6));
    }

    static RasterSink create(Path out, GridGeometry grid, DataType type, NoData noData) throws IOException {
        return GeoTiffWriter.create(out, grid, type, List.of(BandInfo.of(noData)), options());
    }

    /** Runs {@code job} for every 512-cell tile of {@code grid} on all cores, rethrowing I/O failures. */
    static void eachTile(GridGeometry grid, String message, TiledExecutor.TileJob job) throws IOException {
        try (TiledExecutor executor = TiledExecutor.allCores()) {
            executor.run(TileScheme.of(grid), job, SILENT, message);
        } catch (TiledExecutor.TileJobException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw e;
        }
    }

    /** Band 1 as int codes (row-major), read tile-parallel; nodata cells become {@code noDataCode}. */
    static int[] readCodes(RasterSource src, int noDataCode) throws IOException {
        GridGeometry g = src.grid();
        int width = g.width();
        int[] out = new int[Math.toIntExact(g.cellCount())];
        NoData nd = src.bandInfo(0).noData();
        eachTile(g, "reading " + src.name(), w -> {
            RasterBlock b = src.read(0, w);
            for (int r = 0; r < w.height(); r++) {
                int o = (w.row() + r) * width + w.col();
                for (int c = 0; c < w.width(); c++) {
                    double v = b.get(c, r);
                    out[o + c] = nd.matches(v) ? noDataCode : (int) v;
                }
            }
        });
        return out;
    }

    /** Band 1 == {@code code} as a row-major mask (nodata is never a match), read tile-parallel. */
    static boolean[] readMask(RasterSource src, int code) throws IOException {
        GridGeometry g = src.grid();
        int width = g.width();
        boolean[] out = new boolean[Math.toIntExact(g.cellCount())];
        NoData nd = src.bandInfo(0).noData();
        eachTile(g, "reading " + src.name(), w -> {
            RasterBlock b = src.read(0, w);
            for (int r = 0; r < w.height(); r++) {
                int o = (w.row() + r) * width + w.col();
                for (int c = 0; c < w.width(); c++) {
                    double v = b.get(c, r);
                    out[o + c] = v == code && !nd.matches(v);
                }
            }
        });
        return out;
    }

    /** Writes a row-major int array as int32 tiles. */
    static void writeInts(Path out, GridGeometry grid, int[] values, NoData noData) throws IOException {
        int width = grid.width();
        try (RasterSink sink = create(out, grid, DataType.INT32, noData)) {
            eachTile(grid, "writing " + out, w -> {
                int[] t = new int[(int) w.cellCount()];
                for (int r = 0; r < w.height(); r++) {
                    System.arraycopy(values, (w.row() + r) * width + w.col(), t, r * w.width(), w.width());
                }
                sink.write(0, new RasterBlock.Ints(w, noData, t));
            });
            sink.commit();
        }
    }

    /** The window's cells of a block as floats, nodata as NaN (no per-cell virtual calls for float blocks). */
    static float[] floats(RasterBlock b) {
        NoData nd = b.noData();
        if (b instanceof RasterBlock.Floats f) {
            float[] v = f.data().clone();
            if (nd.present() && !Double.isNaN(nd.value())) {
                float x = (float) nd.value();
                for (int i = 0; i < v.length; i++) if (v[i] == x) v[i] = Float.NaN;
            }
            return v;
        }
        Window w = b.window();
        float[] v = new float[(int) w.cellCount()];
        for (int r = 0; r < w.height(); r++) {
            for (int c = 0; c < w.width(); c++) {
                double x = b.get(c, r);
                v[r * w.width() + c] = nd.matches(x) ? Float.NaN : (float) x;
            }
        }
        return v;
    }
}
