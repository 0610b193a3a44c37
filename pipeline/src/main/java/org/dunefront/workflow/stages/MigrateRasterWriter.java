package org.dunefront.workflow.stages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.legend.Legend;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.CapacityFluxOp;
import org.dunefront.transport.SandTransportInput;
import org.dunefront.transport.SandTransportResult;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.StageContext;

/**
 * Writes the migrate stage's rasters on the <b>study grid</b>, strip by strip: the model-grid results
 * (thickness, net change, arrival years, front advance, celerity) upsampled by nearest neighbour when the
 * model grid is coarser (identical values when it is the study grid), first arrival masked to the study
 * grid's asset cells, and the annual-mean transport capacity for the rank stage computed at study
 * resolution, per strip: {@link CapacityFluxOp#annualMean}, the mean over the model's flux periods of each
 * period's capacity with the lee zones of the wind sector that period's flux comes from (the native monthly flux
 * downscaled and averaged to the step as for the model, {@link NativeMonthlyFlux}, one period at a time, in
 * sub-strips of about {@link NativeMonthlyFlux#WINDOW_CELLS} cells; the shelter mask of the sub-strip only).
 * The rank and plan stages therefore always read study-grid rasters.
 */
final class MigrateRasterWriter {
    private MigrateRasterWriter() { }

    private record Out(String name, String unit, String description) { }

    static void write(StageContext ctx, ModelLayers layers, TransportParams p, SandTransportResult res) throws IOException {
        int years = p.horizonYears();
        String thr = String.valueOf(p.arrivalThresholdM());
        List<Out> outs = List.of(
                new Out(MigrateOutputs.thickness(years), "m", "sand thickness after " + years + " years"),
                new Out(MigrateOutputs.NET_CHANGE, "m", "net change of sand thickness over " + years + " years (+ deposition, - erosion)"),
                new Out(MigrateOutputs.FIRST_ARRIVAL, "year", "years until sand thickness first exceeded " + thr + " m, asset cells (NaN: never)"),
                new Out(MigrateOutputs.ARRIVAL, "year", "years until sand thickness first exceeded " + thr + " m (0: sand at the start; NaN: never)"),
                new Out(MigrateOutputs.FRONT_ADVANCE, "m/yr", "desert-front advance rate: distance to the initial sand / first-arrival time"),
                new Out(MigrateOutputs.CELERITY, "m/yr", "dune celerity c = q / (rho_b H), H = " + p.duneHeightM() + " m, mobile-sand cells"),
                new Out(MigrateOutputs.CAPACITY_QX, "m3/m/yr",
                        "annual-mean eastward sand transport capacity (potential flux after surface, vegetation, roughness, shelter)"),
                new Out(MigrateOutputs.CAPACITY_QY, "m3/m/yr",
                        "annual-mean northward sand transport capacity (potential flux after surface, vegetation, roughness, shelter)"));
        float[][] model = {res.thicknessM(), res.netChangeM(), res.firstArrivalYear(), res.firstArrivalYear(),
                res.frontAdvanceRateMPerYr(), res.duneCelerityMPerYr()};
        GridGeometry study = layers.study;
        BlockAggregator agg = layers.agg;
        Path ingest = ctx.upstream("ingest"), drift = ctx.upstream("drift");
        Legend legend = StageLegend.of(ctx.run());
        List<RasterSink> sinks = new ArrayList<>();
        try (RasterSource lc = ctx.run().rasters().open(ingest.resolve(IngestOutputs.LANDCOVER));
             SectorShelter.Reader sx = SectorShelter.Reader.open(ctx, drift.resolve(DriftOutputs.SX_LOCAL),
                     drift.resolve(DriftOutputs.SX_REGIONAL), p);
             NativeMonthlyFlux flux = NativeMonthlyFlux.open(ctx, p.stepLength())) {
            for (Out o : outs) {
                BandInfo band = BandInfo.of(NoData.NAN).withUnit(o.unit()).withDescription(o.description());
                sinks.add(ctx.run().rasters().create(ctx.output(o.name()), study, DataType.FLOAT32, List.of(band)));
            }
            int w = study.width(), strip = agg.stripRows(ModelLayers.STRIP_ROWS);
            for (int row0 = 0; row0 < study.height(); row0 += strip) {
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
                // annual capacity in sub-strips of about NativeMonthlyFlux.WINDOW_CELLS (per-cell: identical values)
                int sub = flux.rowsPerWindow();
                for (int r0 = 0; r0 < rows; r0 += sub) {
                    int n = Math.min(sub, rows - r0);
                    Window part = new Window(0, row0 + r0, w, n);
                    byte[] pc = Arrays.copyOfRange(codes, r0 * w, (r0 + n) * w);
                    float[][] cap = annualCapacity(pc, SurfaceLayers.of(legend, pc, p.referenceRoughnessM()), part, sx, flux,
                            study, p);
                    sinks.get(6).write(0, new RasterBlock.Floats(part, NoData.NAN, cap[0]));
                    sinks.get(7).write(0, new RasterBlock.Floats(part, NoData.NAN, cap[1]));
                }
            }
            for (RasterSink sink : sinks) sink.commit();
        } finally {
            for (RasterSink sink : sinks) sink.close();
        }
    }

    /**
     * Annual-mean capacity of one study strip: {@link CapacityFluxOp#annualMean} over the strip's flux periods,
     * with the strip's shelter mask (summed in period order, as over the whole grid: identical values).
     */
    private static float[][] annualCapacity(byte[] codes, SurfaceLayers s, Window win, SectorShelter.Reader sx,
                                            NativeMonthlyFlux flux, GridGeometry study, TransportParams p)
            throws IOException {
        SandTransportInput in = SandTransportInput.builder(win.width(), win.height(), study.cellSizeX(), study.cellSizeY())
                .surface(codes, s.lookup())
                .potentialFlux(flux.prepare(win).series())
                .vegetationCoverFraction(s.cover())
                .roughnessLengthM(s.roughnessM())
                .shelterBySector(sx.mask(win))
                .build();
        try {
            return CapacityFluxOp.annualMean(in, p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
