package org.dunefront.workflow.stages;

import java.io.IOException;
import java.util.List;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.Window;
import org.dunefront.workflow.StageContext;

/** Open sinks of the drift stage's rasters (float32 with NaN nodata; uint8 classes with palette), written tile by tile. */
final class DriftSinks {
    private DriftSinks() { }

    static RasterSink floats(StageContext ctx, String name, GridGeometry grid, String unit, String description)
            throws IOException {
        return floats(ctx, name, grid, List.of(BandInfo.of(NoData.NAN).withUnit(unit).withDescription(description)));
    }

    static RasterSink floats(StageContext ctx, String name, GridGeometry grid, List<BandInfo> bands) throws IOException {
        return ctx.run().rasters().create(ctx.output(name), grid, DataType.FLOAT32, bands);
    }

    /** uint8 classes 1 low / 2 intermediate / 3 high, 0 = no class. */
    static RasterSink classes(StageContext ctx, String name, GridGeometry grid, String description) throws IOException {
        BandInfo band = BandInfo.of(NoData.of(0)).withUnit("class").withDescription(description)
                .withPalette(DriftStage.CLASS_PALETTE, DriftStage.CLASS_NAMES);
        return ctx.run().rasters().create(ctx.output(name), grid, DataType.UINT8, List.of(band));
    }

    static void writeFloats(RasterSink sink, int band, Window window, float[] values) throws IOException {
        sink.write(band, new RasterBlock.Floats(window, NoData.NAN, values));
    }

    static void writeBytes(RasterSink sink, Window window, byte[] codes) throws IOException {
        sink.write(0, new RasterBlock.Bytes(window, DataType.UINT8, NoData.of(0), codes));
    }

    /** Commits every sink in order. */
    static void commitAll(List<RasterSink> sinks) throws IOException {
        for (RasterSink s : sinks) s.commit();
    }

    /** Closes every sink, keeping the first failure. */
    static void closeAll(List<RasterSink> sinks) throws IOException {
        IOException first = null;
        for (RasterSink s : sinks) {
            try {
                s.close();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }
}
