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
import org.dunefront.workflow.StageContext;

/**
 * Whole-grid raster reads and writes of the drift and migrate stages, through the run's
 * {@link org.dunefront.workflow.RasterFiles} (temp name, moved into place on commit).
 */
final class StageRasters {
    private StageRasters() { }

    /** Band 1 of {@code file} as floats, nodata (and NaN) → NaN. */
    static float[] readFloats(StageContext ctx, Path file) throws IOException {
        try (RasterSource src = ctx.run().rasters().open(file)) {
            return floats(src.read(0, src.grid().extent()));
        }
    }

    /** A block's values as floats, row-major, nodata (and NaN) → NaN. */
    static float[] floats(RasterBlock b) {
        if (b instanceof RasterBlock.Floats f && f.data().length == b.width() * b.height()) {
            // the same values as the generic loop below (get() widens the float; narrowing it back is exact)
            float[] d = f.data(), out = new float[d.length];
            NoData nd = b.noData();
            for (int i = 0; i < d.length; i++) out[i] = nd.matches(d[i]) ? Float.NaN : d[i];
            return out;
        }
        float[] out = new float[b.width() * b.height()];
        for (int r = 0; r < b.height(); r++) {
            for (int c = 0; c < b.width(); c++) {
                double v = b.get(c, r);
                out[r * b.width() + c] = b.noData().matches(v) ? Float.NaN : (float) v;
            }
        }
        return out;
    }

    /** Band 1 of a uint8 {@code file} as raw bytes (nodata keeps its code). */
    static byte[] readBytes(StageContext ctx, Path file) throws IOException {
        try (RasterSource src = ctx.run().rasters().open(file)) {
            RasterBlock b = src.read(0, src.grid().extent());
            int w = b.width(), h = b.height();
            byte[] out = new byte[w * h];
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) out[r * w + c] = (byte) (int) b.get(c, r);
            }
            return out;
        }
    }

    static GridGeometry grid(StageContext ctx, Path file) throws IOException {
        try (RasterSource src = ctx.run().rasters().open(file)) {
            return src.grid();
        }
    }

    /** A float32 raster with NaN nodata, unit and description in the band metadata. */
    static void writeFloat(StageContext ctx, String name, GridGeometry grid, float[] values, String unit,
                           String description) throws IOException {
        BandInfo band = BandInfo.of(NoData.NAN).withUnit(unit).withDescription(description);
        try (RasterSink sink = ctx.run().rasters().create(ctx.output(name), grid, DataType.FLOAT32, List.of(band))) {
            sink.write(0, new RasterBlock.Floats(grid.extent(), NoData.NAN, values));
            sink.commit();
        }
    }

    /** A multi-band float32 raster with NaN nodata; {@code bands} describes each layer. */
    static void writeFloatBands(StageContext ctx, String name, GridGeometry grid, List<float[]> layers,
                                List<BandInfo> bands) throws IOException {
        try (RasterSink sink = ctx.run().rasters().create(ctx.output(name), grid, DataType.FLOAT32, bands)) {
            for (int b = 0; b < layers.size(); b++) sink.write(b, new RasterBlock.Floats(grid.extent(), NoData.NAN, layers.get(b)));
            sink.commit();
        }
    }

    /** A uint8 class raster with palette and category names; {@code noData} marks cells without a class. */
    static void writeClasses(StageContext ctx, String name, GridGeometry grid, byte[] codes, int noData,
                             List<Integer> palette, List<String> names, String description) throws IOException {
        BandInfo band = BandInfo.of(NoData.of(noData)).withUnit("class").withDescription(description)
                .withPalette(palette, names);
        RasterBlock out = RasterBlock.create(DataType.UINT8, grid.extent(), NoData.of(noData));
        byte[] data = ((RasterBlock.Bytes) out).data();
        System.arraycopy(codes, 0, data, 0, codes.length);
        try (RasterSink sink = ctx.run().rasters().create(ctx.output(name), grid, DataType.UINT8, List.of(band))) {
            sink.write(0, out);
            sink.commit();
        }
    }
}
