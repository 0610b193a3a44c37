package org.dunefront.grid;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Property: a halo (focal) operation run tile by tile equals the untiled computation. */
class TiledExecutorPropertyTest {

    /** 3x3 focal sum over valid cells, written as the reference (untiled) implementation. */
    static double focalSum(RasterBlock src, int c, int r) {
        double s = 0;
        for (int dr = -1; dr <= 1; dr++) for (int dc = -1; dc <= 1; dc++) {
            int cc = c + dc, rr = r + dr;
            if (cc < 0 || rr < 0 || cc >= src.width() || rr >= src.height()) continue;
            if (src.isNoData(cc, rr)) continue;
            s += src.get(cc, rr);
        }
        return s;
    }

    @RepeatedTest(12)
    void tiledFocalSumEqualsUntiledForRandomTileSizesAndThreads() {
        Random rnd = new Random(System.nanoTime());
        int w = 5 + rnd.nextInt(60), h = 5 + rnd.nextInt(60);
        GridGeometry g = GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, h, 1, 1, w, h);
        MemoryRaster in = MemoryRaster.single("in", g, DataType.FLOAT32, NoData.of(-1));
        RasterBlock src = in.band(0);
        for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) {
            src.set(c, r, rnd.nextInt(10) == 0 ? -1 : rnd.nextInt(100));
        }
        MemoryRaster out = MemoryRaster.single("out", g, DataType.FLOAT64, NoData.NAN);
        int tile = 1 + rnd.nextInt(20);
        int threads = 1 + rnd.nextInt(4);
        try (TiledExecutor ex = new TiledExecutor(threads)) {
            ex.run(TileScheme.of(g, tile), win -> {
                RasterBlock halo = in.read(0, win.expand(1));
                RasterBlock res = RasterBlock.create(DataType.FLOAT64, win, NoData.NAN);
                for (int r = 0; r < win.height(); r++) for (int c = 0; c < win.width(); c++) {
                    double s = 0;
                    for (int dr = 0; dr <= 2; dr++) for (int dc = 0; dc <= 2; dc++) {
                        if (!halo.isNoData(c + dc, r + dr)) s += halo.get(c + dc, r + dr);
                    }
                    res.set(c, r, s);
                }
                out.write(0, res);
            }, ProgressListener.NONE, "focal");
        }
        for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) {
            assertEquals(focalSum(src, c, r), out.band(0).get(c, r), 0.0,
                    "cell " + c + "," + r + " tile=" + tile + " threads=" + threads);
        }
    }

    @Test
    void progressReachesOneAndIsMonotonic() {
        GridGeometry g = GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 10, 1, 1, 10, 10);
        double[] last = {0};
        AtomicInteger calls = new AtomicInteger();
        try (TiledExecutor ex = new TiledExecutor(2)) {
            ex.run(TileScheme.of(g, 3), win -> { }, (f, m) -> {
                assertTrue(f >= last[0], "progress went backwards");
                last[0] = f;
                calls.incrementAndGet();
                return true;
            }, "noop");
        }
        assertEquals(16, calls.get());
        assertEquals(1.0, last[0], 0.0);
    }

    @Test
    void cancellationStopsTheRun() {
        GridGeometry g = GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 10, 1, 1, 10, 10);
        AtomicInteger ran = new AtomicInteger();
        try (TiledExecutor ex = new TiledExecutor(1)) {
            assertThrows(CancelledException.class, () -> ex.run(TileScheme.of(g, 2), win -> ran.incrementAndGet(),
                    (f, m) -> f < 0.2, "cancel me"));
        }
        assertEquals(5, ran.get());
    }
}
