package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.config.IoChoice;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.plan.PlanPatch;
import org.dunefront.plan.RestorationAction;
import org.dunefront.workflow.Cancellation;
import org.dunefront.workflow.RasterFiles;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.RunListener;
import org.dunefront.workflow.StageContext;
import org.dunefront.workflow.StageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan and render stages on a hand-made rank output: three patches, one per designated phase. */
class PlanStageTest {
    @TempDir Path tmp;
    final Map<Path, MemoryRaster> rasters = new HashMap<>();
    final RasterFiles files = new RasterFiles() {
        @Override public RasterSource open(Path f) { return rasters.get(f); }

        @Override
        public RasterSink create(Path f, GridGeometry g, DataType t, List<BandInfo> b) {
            MemoryRaster m = new MemoryRaster(f.toString(), g, t, b);
            rasters.put(f, m);
            return m;
        }
    };

    private static PlanPatch patch(int id, RestorationAction a, double ha, int rank, double distToSettlementM) {
        return new PlanPatch(id, a, 1, ha, ha * 10000, new double[6], 1.0 / rank, rank, 1, 0, 0, distToSettlementM);
    }

    /**
     * Labels (3 x 2): [1 1 2 / 3 0 2]. Patch 1 saline shrubs 1500 ha (Phase 1 programme, fits the
     * 2000 ha budget) → code 12; patch 2 mountain barrier 500 ha (Phase 2 programme) → 23; patch 3
     * de-channelization 10 ha, 50 km from settlements (not an urban pilot) → Phase 3 → 35.
     */
    @Test
    void schedulesPatchesIntoPhasesAndWritesTheActionMapAndTables() throws IOException {
        Path rank = Files.createDirectories(tmp.resolve("rank"));
        PatchTable.write(rank.resolve(PatchTable.FILE), List.of(
                patch(1, RestorationAction.SHRUB_SALINE, 1500, 1, 1000),
                patch(2, RestorationAction.MOUNTAIN_BARRIER, 500, 2, 1000),
                patch(3, RestorationAction.DE_CHANNELIZATION, 10, 3, 50_000)));
        assertEquals(3, PatchTable.read(rank.resolve(PatchTable.FILE)).size());
        GridGeometry grid = GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 20, 10, 10, 3, 2);
        MemoryRaster labels = MemoryRaster.single("labels", grid, DataType.INT32, NoData.NONE);
        int[] ids = {1, 1, 2, 3, 0, 2};
        for (int i = 0; i < 6; i++) labels.band(0).set(i % 3, i / 3, ids[i]);
        rasters.put(rank.resolve(PatchTable.LABELS), labels);
        Files.writeString(rank.resolve(PatchTable.LABELS), ""); // the stages check that the file exists

        DunefrontConfig config = ConfigLoader.fromYaml(null, "x", List.of());
        RunContext run = new RunContext(config, tmp, tmp, 1, IoChoice.AUTO, files, RunListener.NONE, new Cancellation(), "test", null);
        Path work = Files.createDirectories(tmp.resolve("work"));
        StageResult r = new PlanStage().run(new StageContext(run, "plan", work,
                Map.of("rank", rank, "ingest", tmp.resolve("ingest")), ProgressListener.NONE));

        MemoryRaster plan = rasters.get(work.resolve(PlanOutputs.ACTION_MAP));
        int[] codes = new int[6];
        for (int i = 0; i < 6; i++) codes[i] = (int) plan.band(0).get(i % 3, i / 3);
        assertEquals("[12, 12, 23, 35, 0, 23]", java.util.Arrays.toString(codes));
        assertEquals(1500.0, r.numbers().get("hectaresPhase1"));
        assertEquals(500.0, r.numbers().get("hectaresPhase2"));
        assertEquals(10.0, r.numbers().get("hectaresPhase3"));
        List<String> prio = Files.readAllLines(work.resolve(PlanOutputs.PRIORITIES_CSV));
        assertTrue(prio.get(0).startsWith(PlanOutputs.PRIORITIES_HEADER));
        assertTrue(prio.get(1).startsWith("1,1,1,shrub-saline,1500.00,15000000,1.0000,"), prio.get(1));
        assertTrue(prio.get(3).startsWith("3,3,3,de-channelization,10.00,100000,0.3333,"), prio.get(3));
        assertTrue(Files.readString(work.resolve(PlanStage.SUMMARY_CSV)).contains("\n1,shrub-saline,1,1500.00,15000000,0.0,0.0\n"));

        // render on top: a PNG and a PDF with one label per scheduled patch, byte-identical when rerun
        Path[] renders = new Path[2];
        for (int k = 0; k < 2; k++) {
            renders[k] = Files.createDirectories(tmp.resolve("render" + k));
            rasters.put(tmp.resolve("planout").resolve(PlanOutputs.ACTION_MAP), plan);
            Files.createDirectories(tmp.resolve("planout"));
            Files.copy(work.resolve(PlanOutputs.PRIORITIES_CSV), tmp.resolve("planout").resolve(PlanOutputs.PRIORITIES_CSV),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            StageResult rr = new RenderStage().run(new StageContext(run, "render", renders[k],
                    Map.of("plan", tmp.resolve("planout"), "rank", rank, "ingest", tmp.resolve("ingest"),
                            "drift", Files.createDirectories(tmp.resolve("drift"))), ProgressListener.NONE));
            assertEquals(3.0, rr.numbers().get("mapLabels"));
        }
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(renders[0].resolve(RenderStage.PNG).toFile());
        assertTrue(png.getWidth() > 1400, "map frame of render.previewWidthPx plus the legend: " + png.getWidth());
        assertTrue(Files.size(renders[0].resolve(RenderStage.PDF)) > 0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(renders[0].resolve(RenderStage.PNG)),
                Files.readAllBytes(renders[1].resolve(RenderStage.PNG)));
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(renders[0].resolve(RenderStage.PDF)),
                Files.readAllBytes(renders[1].resolve(RenderStage.PDF)));
    }
}
