package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.transport.AssetExposure;
import org.dunefront.transport.FluxField;
import org.dunefront.transport.Interventions;
import org.dunefront.transport.MigrationSummary;
import org.dunefront.transport.SandTransportInput;
import org.dunefront.transport.SandTransportOp;
import org.dunefront.transport.ShelterMask;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.StageContext;

/**
 * The migrate stage's transport set-up, read once and re-run with interventions for the plan's
 * tipping-point indicators: the same surface classes, cover, roughness and assets from the legend
 * ({@link SurfaceLayers}), monthly potential flux of the drift stage averaged to the configured step,
 * the shelter index per wind sector (one {@link ShelterMask}) and the DEM bed (nodata → mean valid elevation) as {@link MigrateStage} builds
 * them, so "no action" here reproduces the migrate stage's numbers.
 *
 * <p>The forcing and DEM-filling steps are shared with {@code MigrateStage} through {@link TransportForcing}.
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
    private final ShelterMask shelter;
    private final float[] bed;

    private PlanTransport(TransportParams params, GridGeometry grid, byte[] codes, SurfaceLayers surface,
                          List<FluxField> forcing, ShelterMask shelter, float[] bed) {
        this.params = params;
        this.grid = grid;
        this.codes = codes;
        this.surface = surface;
        this.forcing = forcing;
        this.shelter = shelter;
        this.bed = bed;
    }

    static PlanTransport read(StageContext ctx) throws IOException {
        TransportParams p = ScienceMapping.transport(ctx.run().config(), ctx.run().threads());
        Path ingest = ctx.upstream("ingest"), drift = ctx.upstream("drift");
        GridGeometry grid = StageRasters.grid(ctx, ingest.resolve(IngestOutputs.LANDCOVER));
        byte[] codes = StageRasters.readBytes(ctx, ingest.resolve(IngestOutputs.LANDCOVER));
        SurfaceLayers surface = SurfaceLayers.of(StageLegend.of(ctx.run()), codes, p.referenceRoughnessM());
        List<FluxField> forcing = TransportForcing.forcing(ctx, drift.resolve(DriftOutputs.QX_MONTHLY), drift.resolve(DriftOutputs.QY_MONTHLY),
                p.stepLength());
        return new PlanTransport(p, grid, codes, surface, forcing,
                SectorShelter.mask(ctx, drift.resolve(DriftOutputs.SX_LOCAL), drift.resolve(DriftOutputs.SX_REGIONAL), p),
                TransportForcing.filled(StageRasters.readFloats(ctx, ingest.resolve(IngestOutputs.DEM))));
    }

    /** Runs the transport model with {@code interventions} (use {@link Interventions#NONE} for no action). */
    Outcome run(Interventions interventions, ProgressListener progress) {
        SandTransportInput in = SandTransportInput.builder(grid.width(), grid.height(), grid.cellSizeX(), grid.cellSizeY())
                .surface(codes, surface.lookup())
                .potentialFlux(forcing)
                .vegetationCoverFraction(surface.cover())
                .roughnessLengthM(surface.roughnessM())
                .shelterBySector(shelter)
                .bedElevationM(bed)
                .assets(surface.assetCodes(), surface.assetNames())
                .interventions(interventions)
                .build();
        return Outcome.of(SandTransportOp.run(in, params, progress).summary());
    }

    int horizonYears() { return params.horizonYears(); }
}
