package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/** Halo windows served from cached DEM tile rows hold exactly what a direct read of the window returns. */
class DemTileRowsTest {

    private static MemoryRaster dem(int w, int h, NoData nd, long seed) {
        GridGeometry g = new GridGeometry(CrsDefinition.epsg(32648), new GeoTransform(500000, 30, 0, 4200000, 0, -30), w, h);
        MemoryRaster m = new MemoryRaster("dem", g, DataType.FLOAT32, List.of(BandInfo.of(nd)));
        float[] a = new float[w * h];
        Random rnd = new Random(seed);
        for (int i = 0; i < a.length; i++) a[i] = rnd.nextInt(50) == 0 ? (float) nd.value() : 1000 + rnd.nextFloat() * 300;
        m.write(0, new RasterBlock.Floats(g.extent(), nd, a));
        return m;
    }

    @Test
    void everyHaloWindowEqualsTheDirectReadWithTilesSmallerAndLargerThanTheHalo() throws Exception {
        for (NoData nd : List.of(NoData.NAN, NoData.of(-9999))) {
            MemoryRaster src = dem(53, 41, nd, 3);
            for (int tile : new int[] {5, 16, 64}) {
                for (int halo : new int[] {1, 7, 23}) {
                    DemTileRows rows = new DemTileRows(src, tile, halo);
                    for (int ty = 0; ty * tile < 41; ty++) {
                        for (int tx = 0; tx * tile < 53; tx++) {
                            Window t = new Window(tx * tile, ty * tile, Math.min(tile, 53 - tx * tile), Math.min(tile, 41 - ty * tile));
                            Window w = t.expand(halo);
                            RasterBlock.Floats expected = (RasterBlock.Floats) src.read(0, w);
                            RasterBlock.Floats actual = rows.window(w);
                            assertEquals(w, actual.window());
                            assertEquals(expected.noData(), actual.noData());
                            assertArrayEquals(expected.data(), actual.data(), "tile " + tile + " halo " + halo + " " + w);
                        }
                    }
                }
            }
        }
    }

    @Test
    void concurrentWindowsInAnyOrderEqualTheDirectRead() throws Exception {
        MemoryRaster src = dem(120, 90, NoData.NAN, 11);
        DemTileRows rows = new DemTileRows(src, 16, 9);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> f = new ArrayList<>();
            Random rnd = new Random(5);
            for (int i = 0; i < 200; i++) {
                Window w = new Window(rnd.nextInt(120 + 9) - 9, rnd.nextInt(110) - 10, 1 + rnd.nextInt(40), 1 + rnd.nextInt(40));
                Window fit = new Window(w.col(), w.row(), Math.min(w.width(), 120 + 9 - w.col()), w.height());
                f.add(pool.submit(() -> {
                    assertArrayEquals(((RasterBlock.Floats) src.read(0, fit)).data(), rows.window(fit).data(), fit.toString());
                    return null;
                }));
            }
            for (Future<?> x : f) x.get();
        } finally {
            pool.shutdownNow();
        }
        assertThrows(IllegalArgumentException.class, () -> rows.window(new Window(-10, 0, 5, 5)));
    }
}
