package org.dunefront.workflow.stages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.Window;
import org.dunefront.transport.SandTransportResult;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.StageContext;

/**
 * Writes the migrate stage's model-result rasters (thickness, net change, arrival years, front advance, celerity)
 * on the <b>model grid</b> ({@link ModelLayers#model}), strip by strip: the transport's own cells, value for value,
 * first arrival masked to the model grid's asset cells ({@link ModelLayers#assets}, the any-asset rule of
 * {@link org.dunefront.transport.BlockAggregator}). The model grid is an exact block aggregation of the study grid
 * ({@link ModelLayers#modelGrid}: same CRS and origin, cell = k × the study cell, ⌈width / k⌉ × ⌈height / k⌉ cells,
 * so a partial last column or row of blocks is a whole model cell reaching past the study grid's edge), so GIS tools
 * overlay these files on the study-grid layers; with k = 1 the model grid is the study grid and the files are
 * those the stage always wrote. Nearest-neighbour upsampling to the study grid (what the stage wrote before) added no
 * information and, at 20000², 400 M cells of deflate per layer. The annual-mean transport capacity for the rank
 * stage is not a model result: {@link StudyGridPass} computes it per study cell and writes it on the study grid.
 * Reports progress and polls cancellation per strip.
 */
final class MigrateRasterWriter {
    private MigrateRasterWriter() { }

    private record Out(String name, String unit, String description) { }

    static void write(StageContext ctx, ModelLayers layers, TransportParams p, SandTransportResult res,
                      ProgressListener progress) throws IOException {
        int years = p.horizonYears();
        String thr = String.valueOf(p.arrivalThresholdM());
        List<Out> outs = List.of(
                new Out(MigrateOutputs.thickness(years), "m", "sand thickness after " + years + " years"),
                new Out(MigrateOutputs.NET_CHANGE, "m", "net change of sand thickness over " + years + " years (+ deposition, - erosion)"),
                new Out(MigrateOutputs.FIRST_ARRIVAL, "year", "years until sand thickness first exceeded " + thr + " m, asset cells (NaN: never)"),
                new Out(MigrateOutputs.ARRIVAL, "year", "years until sand thickness first exceeded " + thr + " m (0: sand at the start; NaN: never)"),
                new Out(MigrateOutputs.FRONT_ADVANCE, "m/yr", "desert-front advance rate: distance to the initial sand / first-arrival time"),
                new Out(MigrateOutputs.CELERITY, "m/yr", "dune celerity c = q / (rho_b H), H = " + p.duneHeightM() + " m, mobile-sand cells"));
        float[][] model = {res.thicknessM(), res.netChangeM(), res.firstArrivalYear(), res.firstArrivalYear(),
                res.frontAdvanceRateMPerYr(), res.duneCelerityMPerYr()};
        GridGeometry grid = layers.model;
        List<RasterSink> sinks = new ArrayList<>();
        try {
            for (Out o : outs) {
                BandInfo band = BandInfo.of(NoData.NAN).withUnit(o.unit()).withDescription(o.description());
                sinks.add(ctx.run().rasters().create(ctx.output(o.name()), grid, DataType.FLOAT32, List.of(band)));
            }
            int w = grid.width(), h = grid.height();
            for (int row0 = 0; row0 < h; row0 += ModelLayers.STRIP_ROWS) {
                progress.reportOrCancel((double) row0 / h, "writing the migration rasters: model row " + row0 + " of " + h);
                int rows = Math.min(ModelLayers.STRIP_ROWS, h - row0);
                Window win = new Window(0, row0, w, rows);
                for (int k = 0; k < model.length; k++) {
                    float[] v = Arrays.copyOfRange(model[k], row0 * w, (row0 + rows) * w);
                    if (k == 2) maskToAssets(v, layers.assets, row0 * w);
                    sinks.get(k).write(0, new RasterBlock.Floats(win, NoData.NAN, v));
                }
            }
            for (RasterSink sink : sinks) sink.commit();
            progress.reportOrCancel(1.0, "migration rasters written");
        } finally {
            for (RasterSink sink : sinks) sink.close();
        }
    }

    /** NaN where the model cell is not an asset cell (asset code 0); {@code v[i]} is model cell {@code offset + i}. */
    private static void maskToAssets(float[] v, byte[] assets, int offset) {
        for (int i = 0; i < v.length; i++) if (assets[offset + i] == 0) v[i] = Float.NaN;
    }
}
