package org.dunefront.workflow.stages;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.dunefront.grid.ProgressListener;
import org.dunefront.transport.AssetExposure;
import org.dunefront.transport.BlockAggregator;
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
 * them (one {@link ModelLayers} on the model grid), so "no action" here reproduces the migrate stage's numbers.
 *
 * <p>When the migrate stage's kept set-up ({@link TransportSetUpCache}) provably equals the plan's, the layers and
 * forcing come from it instead (no study raster is decoded). Otherwise the forcing and DEM-filling steps are shared
 * with {@code MigrateStage} through {@link TransportForcing}. With two or more threads the forcing is read on a
 * second thread while the layers are read (two independent reads, each with its own raster sources; the results do
 * not depend on it).
 */
final class PlanTransport implements AutoCloseable {
    /** Outcome of one transport run: sand reaching assets and front advance. */
    record Outcome(double sandReachingAssetsM3, double medianFrontAdvanceMPerYr, double p90FrontAdvanceMPerYr) {
        static Outcome of(MigrationSummary s) {
            double assets = 0;
            for (AssetExposure a : s.assets()) assets += a.totalVolumeM3();
            return new Outcome(assets, s.medianFrontAdvanceMPerYr(), s.p90FrontAdvanceMPerYr());
        }
    }

    private final TransportParams params;
    private final ModelLayers layers;
    private final FluxScratchFile forcing;

    private PlanTransport(TransportParams params, ModelLayers layers, FluxScratchFile forcing) {
        this.params = params;
        this.layers = layers;
        this.forcing = forcing;
    }

    /**
     * The layers and forcing on the model grid of {@code migrate.modelCellSizeM}: the migrate stage's kept set-up when
     * it provably equals the plan's ({@link TransportSetUpCache#reusable}), else read once from the ingest and drift
     * outputs ({@link #readFromStudyGrid}); both give the same arrays and forcing bit for bit. Close when done.
     */
    static PlanTransport read(StageContext ctx) throws IOException {
        TransportParams p = ScienceMapping.transport(ctx.run().config(), ctx.run().threads());
        BlockAggregator agg = ModelLayers.aggregator(ctx);
        Optional<TransportSetUpCache.Loaded> kept = TransportSetUpCache.reusable(ctx, agg, p);
        if (kept.isPresent()) return new PlanTransport(p, kept.get().layers(), kept.get().forcing());
        return readFromStudyGrid(ctx, agg, p);
    }

    /** The layers and forcing read from the ingest and drift outputs (the study-grid pass and the forcing beside it). */
    static PlanTransport readFromStudyGrid(StageContext ctx, BlockAggregator agg, TransportParams p) throws IOException {
        Callable<FluxScratchFile> readForcing = () -> TransportForcing.forcing(ctx, p.stepLength(), agg);
        if (ctx.run().threads() < 2) {
            ModelLayers layers = ModelLayers.read(ctx, agg, p);
            return new PlanTransport(p, layers, StudyGridPass.call(readForcing));
        }
        // Two independent reads (mostly GeoTIFF decoding, one thread each): the layers here, the forcing beside.
        FutureTask<FluxScratchFile> forcing = new FutureTask<>(readForcing);
        Thread beside = new Thread(forcing, "plan-forcing-reader");
        beside.setDaemon(true);
        beside.start();
        ModelLayers layers;
        try {
            layers = ModelLayers.read(ctx, agg, p);
        } catch (IOException | RuntimeException | Error e) {
            closeWhenDone(forcing, e);
            throw e;
        }
        return new PlanTransport(p, layers, await(forcing));
    }


    /** The forcing read beside, with its own exceptions rethrown as they were. */
    private static FluxScratchFile await(FutureTask<FluxScratchFile> f) throws IOException {
        try {
            boolean interrupted = false;
            while (true) {
                try {
                    FluxScratchFile r = f.get();
                    if (interrupted) Thread.currentThread().interrupt();
                    return r;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new IllegalStateException(c);
        }
    }

    /** After the layers failed: waits for the forcing and deletes its scratch file. */
    private static void closeWhenDone(FutureTask<FluxScratchFile> f, Throwable failure) {
        try {
            await(f).close();
        } catch (IOException | RuntimeException | Error e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Runs the transport model with {@code interventions} on the study grid (use {@link Interventions#NONE} for
     * no action). On a coarser model grid the floors are block means (0 = no action) and a block traps when
     * more than half of its cells do.
     */
    Outcome run(Interventions interventions, ProgressListener progress) {
        return runOnModelGrid(onModelGrid(interventions), progress);
    }

    /** As {@link #run} with interventions already on the model grid ({@link PhaseInterventions}). */
    Outcome runOnModelGrid(Interventions onModelGrid, ProgressListener progress) {
        SandTransportInput in = layers.input(forcing).interventions(onModelGrid).build();
        return Outcome.of(SandTransportOp.run(in, params, progress).summary());
    }

    /** The study → model grid aggregation the layers were read with. */
    BlockAggregator aggregator() { return layers.agg; }

    private Interventions onModelGrid(Interventions iv) {
        BlockAggregator agg = layers.agg;
        if (agg.factor() == 1 || iv == null) return iv;
        int h = layers.study.height(), mn = agg.modelWidth() * agg.modelHeight();
        float[] cover = null, rough = null;
        boolean[] trap = null;
        if (iv.coverFloorFraction() != null) agg.mean(iv.coverFloorFraction(), 0, h, cover = new float[mn]);
        if (iv.roughnessFloorM() != null) agg.mean(iv.roughnessFloorM(), 0, h, rough = new float[mn]);
        if (iv.trapMask() != null) agg.majority(iv.trapMask(), 0, h, trap = new boolean[mn]);
        return new Interventions(cover, rough, trap);
    }

    int horizonYears() { return params.horizonYears(); }

    @Override
    public void close() throws IOException {
        forcing.close();
    }
}
