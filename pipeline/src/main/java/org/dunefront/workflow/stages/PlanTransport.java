package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.transport.AssetExposure;
import org.dunefront.transport.FluxField;
import org.dunefront.transport.Interventions;
import org.dunefront.transport.MigrationSummary;
import org.dunefront.transport.SandTransportInput;
import org.dunefront.transport.SandTransportOp;
import org.dunefront.transport.StepLength;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.StageContext;

/**
 * The migrate stage's transport set-up, read once and re-run with interventions for the plan's
 * tipping-point indicators: the same surface classes, cover, roughness and assets from the legend
 * ({@link SurfaceLayers}), monthly potential flux of the drift stage averaged to the configured step,
 * both shelter indices and the DEM bed (nodata → mean valid elevation) as {@link MigrateStage} builds
 * them, so "no action" here reproduces the migrate stage's numbers.
 *
 * <p>(The forcing and DEM-filling steps mirror {@code MigrateStage}'s private helpers; fold them into
 * one shared helper when both stages are stable.)
 */
final class PlanTransport {
    /** Outcome of one transport run: sand reaching assets and front advance. */
    record Outcome(double sandReachingAssetsM3, double medianFrontAdvanceMPerYr, double p90FrontAdvanceMPerYr) {
        static Outcome of(MigrationSummary s) {
            double assets = 0;
            for (AssetExposure a : s.assets()) assets += a.totalVolumeM3();
            return new Outcome(assets, s.medianFrontAdvanceMPerYr(), s.p90FrontAdvanceMPerYr());
        }
    }

    private final TransportParams params;
    private final GridGeometry grid;
    private final byte[] codes;
    private final SurfaceLayers surface;
    private final List<FluxField> forcing;
    private final float[] shelterLocal, shelterRegional, bed;

    private PlanTransport(TransportParams params, GridGeometry grid, byte[] codes, SurfaceLayers surface,
                          List<FluxField> forcing, float[] shelterLocal, float[] shelterRegional, float[] bed) {
        this.params = params;
        this.grid = grid;
        this.codes = codes;
        this.surface = surface;
        this.forcing = forcing;
        this.shelterLocal = shelterLocal;
        this.shelterRegional = shelterRegional;
        this.bed = bed;
    }

    static PlanTransport read(StageContext ctx) throws IOException {
        TransportParams p = ScienceMapping.transport(ctx.run().config(), ctx.run().threads());
        Path ingest = ctx.upstream("ingest"), drift = ctx.upstream("drift");
        GridGeometry grid = StageRasters.grid(ctx, ingest.resolve(IngestOutputs.LANDCOVER));
        byte[] codes = StageRasters.readBytes(ctx, ingest.resolve(IngestOutputs.LANDCOVER));
        SurfaceLayers surface = SurfaceLayers.of(StageLegend.of(ctx.run()), codes, p.referenceRoughnessM());
        List<FluxField> forcing = forcing(ctx, drift.resolve(DriftOutputs.QX_MONTHLY), drift.resolve(DriftOutputs.QY_MONTHLY),
                p.stepLength());
        return new PlanTransport(p, grid, codes, surface, forcing,
                StageRasters.readFloats(ctx, drift.resolve(DriftOutputs.SX_LOCAL)),
                StageRasters.readFloats(ctx, drift.resolve(DriftOutputs.SX_REGIONAL)),
                filled(StageRasters.readFloats(ctx, ingest.resolve(IngestOutputs.DEM))));
    }

    /** Runs the transport model with {@code interventions} (use {@link Interventions#NONE} for no action). */
    Outcome run(Interventions interventions, ProgressListener progress) {
        SandTransportInput in = SandTransportInput.builder(grid.width(), grid.height(), grid.cellSizeX(), grid.cellSizeY())
                .surface(codes, surface.lookup())
                .potentialFlux(forcing)
                .vegetationCoverFraction(surface.cover())
                .roughnessLengthM(surface.roughnessM())
                .shelterLocalDeg(shelterLocal)
                .shelterRegionalDeg(shelterRegional)
                .bedElevationM(bed)
                .assets(surface.assetCodes(), surface.assetNames())
                .interventions(interventions)
                .build();
        return Outcome.of(SandTransportOp.run(in, params, progress).summary());
    }

    int horizonYears() { return params.horizonYears(); }

    private static List<FluxField> forcing(StageContext ctx, Path qxFile, Path qyFile, StepLength step) throws IOException {
        try (RasterSource xs = ctx.run().rasters().open(qxFile); RasterSource ys = ctx.run().rasters().open(qyFile)) {
            int bands = xs.bandCount();
            List<float[]> qx = new ArrayList<>(), qy = new ArrayList<>();
            List<Double> weight = new ArrayList<>();
            for (int b = 0; b < bands; b++) {
                qx.add(zeroNaN(floats(xs.read(b, xs.grid().extent()))));
                qy.add(zeroNaN(floats(ys.read(b, ys.grid().extent()))));
                weight.add(Double.parseDouble(xs.bandInfo(b).metadata().getOrDefault("steps", "1")));
            }
            List<FluxField> out = new ArrayList<>();
            if (bands != 12) {
                out.add(new FluxField(qx.get(0), qy.get(0)));
                return out;
            }
            int per = 12 / step.stepsPerYear();
            int n = qx.get(0).length;
            for (int s = 0; s < step.stepsPerYear(); s++) {
                double[] ax = new double[n], ay = new double[n];
                double wsum = 0;
                for (int m = s * per; m < (s + 1) * per; m++) {
                    double w = weight.get(m);
                    wsum += w;
                    for (int i = 0; i < n; i++) {
                        ax[i] += w * qx.get(m)[i];
                        ay[i] += w * qy.get(m)[i];
                    }
                }
                float[] fx = new float[n], fy = new float[n];
                for (int i = 0; i < n; i++) {
                    fx[i] = (float) (ax[i] / wsum);
                    fy[i] = (float) (ay[i] / wsum);
                }
                out.add(new FluxField(fx, fy));
            }
            return out;
        }
    }

    private static float[] floats(RasterBlock b) {
        float[] out = new float[b.width() * b.height()];
        for (int r = 0; r < b.height(); r++) {
            for (int c = 0; c < b.width(); c++) {
                double v = b.get(c, r);
                out[r * b.width() + c] = b.noData().matches(v) ? Float.NaN : (float) v;
            }
        }
        return out;
    }

    private static float[] zeroNaN(float[] a) {
        for (int i = 0; i < a.length; i++) if (Float.isNaN(a[i])) a[i] = 0f;
        return a;
    }

    private static float[] filled(float[] z) {
        double s = 0;
        int n = 0;
        for (float v : z) if (Float.isFinite(v)) { s += v; n++; }
        float mean = n == 0 ? 0f : (float) (s / n);
        for (int i = 0; i < z.length; i++) if (!Float.isFinite(z[i])) z[i] = mean;
        return z;
    }
}
