package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CancelledException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.patch.Connectivity;
import org.dunefront.plan.InterventionEffects;
import org.dunefront.plan.Phase;
import org.dunefront.plan.PlanPatch;
import org.dunefront.plan.RestorationAction;
import org.dunefront.plan.ScheduledPatch;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.Interventions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * The plan's streamed pass over the patch ids gives what the whole-grid array gave, for any strip height, block size
 * and thread count: the strips concatenate to the id array (nodata → 0), the phase interventions built from strips
 * of any height equal the whole-grid layers aggregated at once, the boxes are those of the cells, and the polygons
 * read box by box from a tiled source on several threads are WKB-identical to the single-threaded array version.
 */
class PlanIdStripsTest {
    private static final int NODATA = -7;

    /** A source over an in-memory raster that claims {@code bw × bh} storage blocks (so strips are several block rows). */
    private static RasterSource blocked(GridGeometry grid, int[] values, int bw, int bh) {
        MemoryRaster m = MemoryRaster.single("ids", grid, DataType.INT32, NoData.of(NODATA));
        RasterBlock.Ints b = (RasterBlock.Ints) RasterBlock.create(DataType.INT32, grid.extent(), NoData.of(NODATA));
        System.arraycopy(values, 0, b.data(), 0, values.length);
        m.write(0, b);
        return new RasterSource() {
            @Override public String name() { return "blocked ids"; }
            @Override public GridGeometry grid() { return grid; }
            @Override public int bandCount() { return 1; }
            @Override public DataType dataType() { return DataType.INT32; }
            @Override public BandInfo bandInfo(int band) { return m.bandInfo(band); }
            @Override public int[] blockSize() { return new int[] {bw, bh}; }
            @Override public RasterBlock read(int band, Window window) { return m.read(band, window); }
            @Override public void close() { }
        };
    }

    private static GridGeometry grid(int w, int h) {
        return GridGeometry.northUp(CrsDefinition.UNKNOWN, 500.25, 9000.75, 30, 30, w, h);
    }

    private static int[] randomIds(Random rnd, int w, int h, int maxId) {
        int[] id = new int[w * h];
        for (int i = 0; i < id.length; i++) {
            int u = rnd.nextInt(10);
            id[i] = u < 3 ? 0 : u == 3 ? NODATA : 1 + rnd.nextInt(maxId);
        }
        return id;
    }

    @Test
    void stripsConcatenateToTheIdsWithNodataAsZeroForAnyStripBlockAndThreadCount() throws IOException {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 30; trial++) {
            int w = 1 + rnd.nextInt(40), h = 1 + rnd.nextInt(40), bw = 1 + rnd.nextInt(12), bh = 1 + rnd.nextInt(9);
            int threads = 1 + rnd.nextInt(4);
            long stripCells = 1 + rnd.nextInt(w * h + 5);
            int[] values = randomIds(rnd, w, h, 9);
            int[] want = values.clone();
            for (int i = 0; i < want.length; i++) if (want[i] == NODATA) want[i] = 0;
            int[] got = new int[w * h];
            int[] nextRow = {0};
            List<Double> reported = new ArrayList<>();
            PatchIdStrips.forEach(blocked(grid(w, h), values, bw, bh), threads, stripCells,
                    (f, msg) -> reported.add(f), "ids", (row0, rows, ids) -> {
                        assertEquals(nextRow[0], row0, "strips in row order");
                        assertTrue(row0 + rows == h || rows % bh == 0, "whole block rows except the last strip");
                        System.arraycopy(ids, 0, got, row0 * w, rows * w);
                        nextRow[0] += rows;
                    });
            String at = "trial " + trial + ": " + w + "x" + h + " blocks " + bw + "x" + bh + " strip " + stripCells + " threads " + threads;
            assertEquals(h, nextRow[0], at);
            assertArrayEquals(want, got, at);
            for (int k = 1; k < reported.size(); k++) assertTrue(reported.get(k) >= reported.get(k - 1), at + ": progress monotonic");
            assertEquals(1.0, reported.get(reported.size() - 1), at);
        }
    }

    @Test
    void stripRowsAreWholeBlockRowsOfAboutTheRequestedCells() {
        assertEquals(512, PatchIdStrips.stripRows(20000, 20000, 512, 8L << 20), "at least one block row");
        assertEquals(2048, PatchIdStrips.stripRows(4000, 20000, 512, 8L << 20), "8 Mi cells / 4000 = 2097 rows → 4 × 512");
        assertEquals(300, PatchIdStrips.stripRows(4000, 300, 512, 8L << 20), "never more than the grid");
        assertEquals(List.of(new Window(0, 0, 512, 0), new Window(512, 0, 488, 0)), PatchIdStrips.columnRanges(1000, 256, 2),
                "4 block columns in 2 ranges of whole blocks");
        assertEquals(List.of(new Window(0, 0, 10, 0)), PatchIdStrips.columnRanges(10, 512, 4), "one block column: one range");
    }

    @Test
    void cancellationStopsThePass() {
        int[] values = new int[30 * 30];
        int[] strips = {0};
        assertThrows(CancelledException.class, () -> PatchIdStrips.forEach(blocked(grid(30, 30), values, 10, 10), 2, 300,
                (f, msg) -> f < 0.3, "ids", (row0, rows, ids) -> strips[0]++));
        assertEquals(1, strips[0], "30 rows in strips of 10: the second report (1/3) cancels");
    }

    private static ScheduledPatch scheduled(int id, RestorationAction a, Phase phase) {
        PlanPatch p = new PlanPatch(id, a, 1, 1, 10_000, new double[6], 1.0 / id, id, 1, 0, 0, 1000);
        return new ScheduledPatch(p, Optional.ofNullable(phase));
    }

    /** Strips of random heights (1 row to more than a block row) give every phase's layers bit for bit. */
    @Test
    void interventionsFromStripsOfAnyHeightEqualTheWholeGridLayers() {
        Random rnd = new Random(23);
        RestorationAction[] actions = RestorationAction.values();
        for (int[] shape : new int[][] {{17, 53, 1}, {17, 53, 2}, {23, 61, 3}, {9, 70, 7}, {5, 4, 5}, {31, 29, 30}}) {
            int w = shape[0], h = shape[1], k = shape[2];
            List<ScheduledPatch> s = new ArrayList<>();
            for (int id = 1; id <= 12; id++) {
                s.add(scheduled(id, actions[rnd.nextInt(actions.length)], id % 4 == 0 ? null : Phase.values()[id % 3]));
            }
            int[] ids = randomIds(rnd, w, h, 13); // 13: no such patch
            for (int i = 0; i < ids.length; i++) if (ids[i] == NODATA) ids[i] = 0;
            BlockAggregator agg = new BlockAggregator(w, h, k);
            for (int trial = 0; trial < 5; trial++) {
                PhaseInterventions.Accumulator acc = new PhaseInterventions.Accumulator(s, List.of(Phase.values()),
                        InterventionEffects.defaults(), agg);
                for (int row0 = 0; row0 < h; ) {
                    int rows = Math.min(h - row0, 1 + rnd.nextInt(2 * k + 3));
                    int[] strip = new int[rows * w + rnd.nextInt(3) * w]; // strip buffers may be longer than the strip
                    System.arraycopy(ids, row0 * w, strip, 0, rows * w);
                    acc.accept(row0, rows, strip);
                    row0 += rows;
                }
                Map<Phase, Interventions> got = acc.finish();
                for (Phase p : Phase.values()) {
                    Interventions want = PhaseInterventions.onModelGrid(ids, s, p, InterventionEffects.defaults(), agg);
                    String at = w + "x" + h + "/" + k + " trial " + trial + " " + p;
                    assertArrayEquals(want.coverFloorFraction(), got.get(p).coverFloorFraction(), at);
                    assertArrayEquals(want.roughnessFloorM(), got.get(p).roughnessFloorM(), at);
                    assertArrayEquals(want.trapMask(), got.get(p).trapMask(), at);
                }
            }
        }
    }

    @Test
    void accumulatorRejectsStripsOutOfOrderAndAnUnfinishedGrid() {
        BlockAggregator agg = new BlockAggregator(3, 4, 2);
        PhaseInterventions.Accumulator acc = new PhaseInterventions.Accumulator(List.of(), List.of(Phase.PHASE_1),
                InterventionEffects.defaults(), agg);
        assertThrows(IllegalArgumentException.class, () -> acc.accept(1, 1, new int[3]));
        acc.accept(0, 3, new int[9]);
        assertThrows(IllegalStateException.class, acc::finish);
    }

    @Test
    void boxesByHand() {
        // 4 x 3: [1 1 0 2 / 0 1 0 2 / 3 0 0 2]
        PatchBoxes b = new PatchBoxes();
        int[] ids = {1, 1, 0, 2, 0, 1, 0, 2, 3, 0, 0, 2};
        b.accept(0, 1, ids, 4);
        b.accept(1, 2, java.util.Arrays.copyOfRange(ids, 4, 12), 4);
        assertEquals(3, b.maxId());
        assertEquals(new Window(0, 0, 2, 2), b.box(1));
        assertEquals(new Window(3, 0, 1, 3), b.box(2));
        assertEquals(new Window(0, 2, 1, 1), b.box(3));
        assertFalse(b.has(0));
        assertFalse(b.has(4));
    }

    @Test
    void polygonsReadBoxByBoxOnSeveralThreadsEqualTheArrayVersion() throws IOException {
        Random rnd = new Random(41);
        WKBWriter wkb = new WKBWriter(2);
        for (Connectivity conn : Connectivity.values()) {
            for (int trial = 0; trial < 6; trial++) {
                int w = 1 + rnd.nextInt(14), h = 1 + rnd.nextInt(14);
                GridGeometry g = grid(w, h);
                int[] values = randomIds(rnd, w, h, 1 + rnd.nextInt(8));
                int[] ids = values.clone();
                for (int i = 0; i < ids.length; i++) if (ids[i] == NODATA) ids[i] = 0;
                Map<Integer, Geometry> want = PatchesGeoPackage.polygons(g, ids, conn);
                PatchBoxes boxes = new PatchBoxes();
                boxes.accept(0, h, ids, w);
                Map<Integer, Geometry> got = PatchesGeoPackage.polygons(blocked(g, values, 4, 3), boxes, conn, 3, ProgressListener.NONE);
                assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()), "ids in order");
                for (int id : want.keySet()) assertArrayEquals(wkb.write(want.get(id)), wkb.write(got.get(id)), conn + " id " + id);
            }
        }
    }
}
