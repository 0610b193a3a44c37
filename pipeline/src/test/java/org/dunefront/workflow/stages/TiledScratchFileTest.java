package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;
import org.dunefront.ranking.DownwindRouting;
import org.dunefront.ranking.FluxField;
import org.dunefront.ranking.ReachStore;
import org.dunefront.ranking.RoutingParameters;
import org.dunefront.ranking.RoutingResult;
import org.dunefront.ranking.RoutingScheme;
import org.dunefront.ranking.TravelWeighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rank stage's tiled scratch files: values come back bit-for-bit through tile evictions, cells never
 * set read 0, the file is deleted on close, and a routing with its flux and reach in such files equals the
 * in-memory routing for every cell.
 */
class TiledScratchFileTest {
    @TempDir Path dir;

    @Test
    void valuesSurviveEvictionAndUnsetCellsReadZero() throws Exception {
        int w = 150, h = 130, n = w * h; // 3 x 3 tiles, the last row and column partial
        double[] any = new double[n], value = new double[n];
        Random rnd = new Random(5);
        // a one-tile cache: every access to another tile evicts (and writes back) the cached one
        try (TiledScratchFile f = TiledScratchFile.create(dir, "reach.bin", w, h, 2, 1)) {
            for (int k = 0; k < 20_000; k++) {
                int i = rnd.nextInt(n);
                if (i % 7 == 0) continue; // cells never set
                any[i] = rnd.nextDouble();
                value[i] = Double.longBitsToDouble(rnd.nextLong() & 0x7fefffffffffffffL);
                f.set(i, any[i], value[i]);
            }
            for (int i = n - 1; i >= 0; i--) {
                assertEquals(Double.doubleToRawLongBits(any[i]), Double.doubleToRawLongBits(f.get(i, 0)), "any " + i);
                assertEquals(Double.doubleToRawLongBits(value[i]), Double.doubleToRawLongBits(f.get(i, 1)), "value " + i);
            }
            assertTrue(f.tileWrites() > 9 && f.tileReads() > 9, f.tileWrites() + " writes, " + f.tileReads() + " reads");
            assertTrue(Files.exists(dir.resolve("reach.bin")));
        }
        assertFalse(Files.exists(dir.resolve("reach.bin")), "deleted on close");
    }

    @Test
    void cellsFoundFromTheLastRowEqualTheDividedOnes() throws Exception {
        // locate() takes the row of the previous cell ± 1 without a division: walk like the routing (steps of
        // ±1 and ±width, across tile and grid edges) and jump anywhere, through a one-tile cache
        int w = 131, h = 97, n = w * h;
        Random rnd = new Random(17);
        double[] want = new double[n];
        try (TiledScratchFile f = TiledScratchFile.create(dir, "walk.bin", w, h, 2, 1)) {
            for (int i = 0; i < n; i++) {
                want[i] = rnd.nextGaussian();
                f.set(i, want[i], -want[i]);
            }
            int i = 0;
            int[] steps = {1, -1, w, -w, w - 1, -w + 1, 2 * w - 1, -2 * w};
            for (int k = 0; k < 50_000; k++) {
                int next = k % 97 == 0 ? rnd.nextInt(n) : i + steps[rnd.nextInt(steps.length)];
                if (next < 0 || next >= n) continue;
                i = next;
                assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(f.get(i, 0)), "cell " + i);
                assertEquals(Double.doubleToRawLongBits(-want[i]), Double.doubleToRawLongBits(f.get(i, 1)), "cell " + i);
            }
        }
    }

    @Test
    void aReaderSeesEveryFlushedValueWithACacheOfItsOwn() throws Exception {
        int w = 150, h = 130, n = w * h;
        float[] east = new float[n], north = new float[n];
        Random rnd = new Random(29);
        try (TiledScratchFile f = TiledScratchFile.create(dir, "flux.bin", w, h, 2, 4L * TiledScratchFile.tileBytes(2))) {
            for (int i = 0; i < n; i++) {
                east[i] = rnd.nextFloat() - 0.5f;
                north[i] = i % 11 == 0 ? Float.NaN : rnd.nextFloat();
                if (i % 5 != 0) f.set(i, east[i], north[i]); // every fifth cell never set: reads 0
            }
            assertThrows(IllegalStateException.class, () -> f.reader(1), "tiles still dirty in the cache");
            f.flush();
            try (TiledScratchFile r = f.reader(TiledScratchFile.stripCacheBytes(w, 16, 2))) {
                assertThrows(UnsupportedOperationException.class, () -> r.set(0, 1, 1));
                float[] rows = new float[16 * w];
                for (int r0 = 0; r0 < h; r0 += 16) {
                    int k = Math.min(16, h - r0);
                    for (int field = 0; field < 2; field++) {
                        r.readRows(r0, k, field, rows);
                        for (int j = 0; j < k * w; j++) {
                            int i = r0 * w + j;
                            float expected = i % 5 == 0 ? 0f : field == 0 ? east[i] : north[i];
                            assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(rows[j]), "field " + field + " cell " + i);
                        }
                    }
                }
                // (⌈16 / 64⌉ + 1) rows of 3 tiles: each tile is read from the file once per field pass at most
                assertTrue(r.tileReads() <= 2 * 9, r.tileReads() + " tile reads");
            }
            // closing the reader leaves the file and its writer usable
            assertTrue(Files.exists(dir.resolve("flux.bin")));
            assertEquals(Double.doubleToRawLongBits(east[1]), Double.doubleToRawLongBits(f.get(1, 0)));
        }
        assertFalse(Files.exists(dir.resolve("flux.bin")));
    }

    @Test
    void rowsReadBackAsTheFloatsThatWereSet() throws Exception {
        int w = 130, h = 70, n = w * h; // partial last tile column and row
        float[] east = new float[n], north = new float[n];
        Random rnd = new Random(9);
        for (int i = 0; i < n; i++) {
            east[i] = rnd.nextFloat() * 10 - 5;
            north[i] = i % 11 == 0 ? Float.NaN : rnd.nextFloat();
        }
        try (TiledScratchFile f = TiledScratchFile.create(dir, "flux.bin", w, h, 2, 2L * TiledScratchFile.tileBytes(2))) {
            for (int i = 0; i < n; i++) f.set(i, east[i], north[i]);
            for (int[] rr : new int[][] {{0, 1}, {0, h}, {63, 3}, {64, 6}, {5, 60}, {h - 1, 1}}) {
                float[] e = new float[rr[1] * w], no = new float[rr[1] * w];
                f.readRows(rr[0], rr[1], 0, e);
                f.readRows(rr[0], rr[1], 1, no);
                for (int k = 0; k < e.length; k++) {
                    int i = rr[0] * w + k;
                    assertEquals(Float.floatToRawIntBits(east[i]), Float.floatToRawIntBits(e[k]), "east " + i);
                    assertEquals(Float.floatToIntBits(north[i]), Float.floatToIntBits(no[k]), "north " + i);
                }
            }
        }
    }

    @Test
    void heapOfTheCacheIsTheCachedTilesPlusBookkeeping() {
        // 150 x 130 cells: 3 x 3 tiles of 64 x 64; two doubles per cell: 64 KiB per tile; a cache of 2 tiles
        // = 2 x 64 KiB, plus 5 B per tile
        assertEquals(2L * 65536 + 9 * 5, TiledScratchFile.cacheHeapBytes(150, 130, 2, 2 * 65536));
        // the cache never holds more tiles than the grid has; three doubles per cell: 96 KiB per tile
        assertEquals(9L * 98304 + 9 * 5, TiledScratchFile.cacheHeapBytes(150, 130, 3, 1L << 30));
    }

    @Test
    void routingWithTheReachInTheFileEqualsTheInMemoryRouting() throws Exception {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 6; trial++) {
            int w = 70 + rnd.nextInt(90), h = 70 + rnd.nextInt(90), n = w * h;
            float[] qe = new float[n], qn = new float[n];
            double angle = rnd.nextDouble() * 2 * Math.PI;
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    int i = r * w + c;
                    double a = angle + (rnd.nextDouble() < 0.1 ? Math.PI : 0) + 0.5 * Math.sin(c * 0.2 + r * 0.1);
                    qe[i] = (float) ((1 + rnd.nextDouble()) * Math.sin(a));
                    qn[i] = (float) ((1 + rnd.nextDouble()) * Math.cos(a));
                }
            }
            boolean[] asset = new boolean[n];
            for (int i = 0; i < n; i++) asset[i] = rnd.nextDouble() < 0.03 || (i / w) == h - 1;
            GridGeometry g = GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 0, 30, 30, w, h);
            RoutingParameters p = new RoutingParameters(trial % 2 == 0 ? RoutingScheme.FACE_SPLIT : RoutingScheme.D8,
                    TravelWeighting.values()[trial % 3], 0.1, 10, 30);
            RoutingResult mem = DownwindRouting.route(g, qe, qn, i -> asset[i] ? 2 : 0, p);
            long threeTiles = 3L * TiledScratchFile.tileBytes(2);
            try (TiledScratchFile fluxFile = TiledScratchFile.create(dir, "q" + trial, w, h, 2, threeTiles);
                 TiledScratchFile reachFile = TiledScratchFile.create(dir, "r" + trial, w, h, 2, threeTiles)) {
                for (int i = 0; i < n; i++) fluxFile.set(i, qe[i], qn[i]);
                FluxField flux = new FluxField() {
                    @Override public float east(int i) { return (float) fluxFile.get(i, 0); }
                    @Override public float north(int i) { return (float) fluxFile.get(i, 1); }
                };
                ReachStore reach = new ReachStore() {
                    @Override public double any(int i) { return reachFile.get(i, 0); }
                    @Override public double value(int i) { return reachFile.get(i, 1); }
                    @Override public void set(int i, double a, double v) { reachFile.set(i, a, v); }
                };
                RoutingResult file = DownwindRouting.route(g, flux, i -> asset[i] ? 2 : 0, p, reach);
                for (int i = 0; i < n; i++) {
                    assertEquals(Double.doubleToRawLongBits(mem.reachFraction(i)),
                            Double.doubleToRawLongBits(file.reachFraction(i)), "trial " + trial + " cell " + i);
                    assertEquals(Double.doubleToRawLongBits(mem.weightedReach(i)),
                            Double.doubleToRawLongBits(file.weightedReach(i)), "trial " + trial + " cell " + i);
                    assertEquals(Double.doubleToRawLongBits(mem.outflowM3PerYr(i)),
                            Double.doubleToRawLongBits(file.outflowM3PerYr(i)), "trial " + trial + " cell " + i);
                }
                assertTrue(reachFile.tileWrites() > 0 && fluxFile.tileReads() > 0, "the 3-tile caches were exceeded");
            }
        }
        ReachStore none = ReachStore.inMemory(1);
        assertEquals(0.0, none.any(0));
    }
}
