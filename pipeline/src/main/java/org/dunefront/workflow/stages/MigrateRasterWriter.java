package org.dunefront.workflow.stages;

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
import org.dunefront.grid.Window;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.legend.Legend;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.SandTransportResult;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.StageContext;

/**
 * Writes the migrate stage's model-result rasters on the <b>study grid</b>, strip by strip: the model-grid results
 * (thickness, net change, arrival years, front advance, celerity) upsampled by nearest neighbour when the
 * model grid is coarser (identical values when it is the study grid), first arrival masked to the study
 * grid's asset cells. The annual-mean transport capacity for the rank stage is written earlier, by
 * {@link StudyGridPass} (it needs the study-grid forcing, not the transport's results).
 * The rank and plan stages therefore always read study-grid rasters. Reports progress and polls cancellation per strip.
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
        GridGeometry study = layers.study;
        BlockAggregator agg = layers.agg;
        Path ingest = ctx.upstream("ingest");
        Legend legend = StageLegend.of(ctx.run());
        List<RasterSink> sinks = new ArrayList<>();
        try (RasterSource lc = ctx.run().rasters().open(ingest.resolve(IngestOutputs.LANDCOVER))) {
            for (Out o : outs) {
                BandInfo band = BandInfo.of(NoData.NAN).withUnit(o.unit()).withDescription(o.description());
                sinks.add(ctx.run().rasters().create(ctx.output(o.name()), study, DataType.FLOAT32, List.of(band)));
            }
            int w = study.width(), strip = agg.stripRows(ModelLayers.STRIP_ROWS);
            for (int row0 = 0; row0 < study.height(); row0 += strip) {
                progress.reportOrCancel((double) row0 / study.height(), "writing the migration rasters: row " + row0
                        + " of " + study.height());
                int rows = agg.rowsOf(row0, strip);
                Window win = new Window(0, row0, w, rows);
                byte[] codes = ModelLayers.bytes(lc.read(0, win));
                SurfaceLayers s = SurfaceLayers.of(legend, codes, p.referenceRoughnessM());
                for (int k = 0; k < model.length; k++) {
                    float[] v = new float[w * rows];
                    agg.upsample(model[k], row0, rows, v);
                    if (k == 2) for (int i = 0; i < v.length; i++) if (s.assetCodes()[i] == 0) v[i] = Float.NaN;
                    sinks.get(k).write(0, new RasterBlock.Floats(win, NoData.NAN, v));
                }
            }
            for (RasterSink sink : sinks) sink.commit();
            progress.reportOrCancel(1.0, "migration rasters written");
        } finally {
            for (RasterSink sink : sinks) sink.close();
        }
    }
}
