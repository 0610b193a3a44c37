package org.dunefront.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.io.geotiff.GeoTiffWriteOptions;
import org.dunefront.io.geotiff.GeoTiffWriter;

/**
 * The I/O benchmark of {@code scripts/bench.sh io}: reads a float32 GeoTIFF tile by tile with the
 * pure-Java reader, applies the local operation {@code v · 2 + 1} (nodata and NaN propagate), and
 * writes the result as a 512-tiled Deflate GeoTIFF (level 6, floating-point predictor, as GDAL's
 * {@code COMPRESS=DEFLATE PREDICTOR=3}) with the pure-Java writer, streaming.
 *
 * <p>Usage: {@code IoBench IN.tif OUT.tif [THREADS]}. Prints one line with the cell count and
 * cells per second; the script measures wall time, CPU time and peak memory around it.
 */
public final class IoBench {
    private IoBench() { }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: IoBench IN.tif OUT.tif [THREADS]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        try (RasterSource src = GeoTiffReader.open(in)) {
            run(src, out, threads);
            double s = (System.nanoTime() - t0) / 1e9;
            long cells = src.grid().cellCount() * src.bandCount();
            System.out.printf("cells=%d seconds=%.3f cells_per_s=%.0f threads=%d deflate_level=%d%n", cells, s, cells / s, threads,
                    BenchRasters.options().deflateLevel());
        }
    }

    /** Streams {@code src} through {@link #twicePlusOne} into a GeoTIFF at {@code out}. */
    static void run(RasterSource src, Path out, int threads) throws IOException {
        GridGeometry grid = src.grid();
        List<BandInfo> bands = new ArrayList<>();
        for (int b = 0; b < src.bandCount(); b++) bands.add(src.bandInfo(b));
        GeoTiffWriteOptions options = BenchRasters.options().withThreads(threads);
        try (RasterSink sink = GeoTiffWriter.create(out, grid, DataType.FLOAT32, bands, options);
             TiledExecutor executor = new TiledExecutor(threads)) {
            executor.run(TileScheme.of(grid, options.tileSize()), w -> {
                for (int b = 0; b < bands.size(); b++) {
                    RasterBlock in = src.read(b, w);
                    sink.write(b, twicePlusOne(in, bands.get(b).noData()));
                }
            }, ProgressListener.NONE, "io benchmark");
            sink.commit();
        }
    }

    /** {@code v · 2 + 1} per cell, as float32; nodata cells (and NaN) stay nodata. */
    static RasterBlock twicePlusOne(RasterBlock in, NoData noData) {
        RasterBlock.Floats out = (RasterBlock.Floats) RasterBlock.create(DataType.FLOAT32, in.window(), noData);
        float[] o = out.data();
        float fill = (float) noData.fillValue();
        if (in instanceof RasterBlock.Floats f) {
            float[] v = f.data();
            boolean hasValue = noData.present() && !Double.isNaN(noData.value());
            float nd = (float) noData.value();
            for (int i = 0; i < v.length; i++) {
                float x = v[i];
                o[i] = (hasValue && x == nd) || Float.isNaN(x) ? fill : x * 2 + 1;
            }
        } else {
            for (int r = 0; r < in.height(); r++) {
                for (int c = 0; c < in.width(); c++) {
                    double x = in.get(c, r);
                    o[r * in.width() + c] = noData.matches(x) || Double.isNaN(x) ? fill : (float) (x * 2 + 1);
                }
            }
        }
        return out;
    }
}
