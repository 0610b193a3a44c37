package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;
import org.dunefront.ranking.DownwindRouting;
import org.dunefront.ranking.ReachStore;
import org.dunefront.ranking.RoutingParameters;
import org.dunefront.ranking.RoutingResult;
import org.dunefront.ranking.RoutingScheme;
import org.dunefront.ranking.TravelWeighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rank stage's reach scratch file: values come back bit-for-bit through tile evictions, cells never
 * set read 0, the file is deleted on close, and a routing with its reach in the file equals the
 * in-memory routing for every cell.
 */
class ReachScratchFileTest {
    @TempDir Path dir;

    @Test
    void valuesSurviveEvictionAndUnsetCellsReadZero() throws Exception {
        int w = 150, h = 130, n = w * h; // 3 x 3 tiles, the last row and column partial
        double[] any = new double[n], value = new double[n];
        Random rnd = new Random(5);
        // a one-tile cache: every access to another tile evicts (and writes back) the cached one
        try (ReachScratchFile f = ReachScratchFile.create(dir, "reach.bin", w, h, 1)) {
            for (int k = 0; k < 20_000; k++) {
                int i = rnd.nextInt(n);
                if (i % 7 == 0) continue; // cells never set
                any[i] = rnd.nextDouble();
                value[i] = Double.longBitsToDouble(rnd.nextLong() & 0x7fefffffffffffffL);
                f.set(i, any[i], value[i]);
            }
            for (int i = n - 1; i >= 0; i--) {
                assertEquals(Double.doubleToRawLongBits(any[i]), Double.doubleToRawLongBits(f.any(i)), "any " + i);
                assertEquals(Double.doubleToRawLongBits(value[i]), Double.doubleToRawLongBits(f.value(i)), "value " + i);
            }
            assertTrue(f.tileWrites() > 9 && f.tileReads() > 9, f.tileWrites() + " writes, " + f.tileReads() + " reads");
            assertTrue(Files.exists(dir.resolve("reach.bin")));
        }
        assertFalse(Files.exists(dir.resolve("reach.bin")), "deleted on close");
    }

    @Test
    void heapOfTheCacheIsTheCachedTilesPlusBookkeeping() {
        // 150 x 130 cells: 3 x 3 tiles of 64 x 64; a cache of 2 tiles = 2 x 64 KiB, plus 5 B per tile
        assertEquals(2L * 65536 + 9 * 5, ReachScratchFile.cacheHeapBytes(150, 130, 2 * 65536));
        // the cache never holds more tiles than the grid has
        assertEquals(9L * 65536 + 9 * 5, ReachScratchFile.cacheHeapBytes(150, 130, 1L << 30));
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
            try (ReachScratchFile f = ReachScratchFile.create(dir, "r" + trial, w, h, 3L * ReachScratchFile.TILE_BYTES)) {
                RoutingResult file = DownwindRouting.route(g, qe, qn, i -> asset[i] ? 2 : 0, p, f);
                for (int i = 0; i < n; i++) {
                    assertEquals(Double.doubleToRawLongBits(mem.reachFraction(i)),
                            Double.doubleToRawLongBits(file.reachFraction(i)), "trial " + trial + " cell " + i);
                    assertEquals(Double.doubleToRawLongBits(mem.weightedReach(i)),
                            Double.doubleToRawLongBits(file.weightedReach(i)), "trial " + trial + " cell " + i);
                }
                assertTrue(f.tileWrites() > 0, "the 3-tile cache was exceeded");
            }
        }
        ReachStore none = ReachStore.inMemory(1);
        assertEquals(0.0, none.any(0));
    }
}
