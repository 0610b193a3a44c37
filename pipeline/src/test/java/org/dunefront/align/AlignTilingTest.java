package org.dunefront.align;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.dunefront.grid.CancelledException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.junit.jupiter.api.Test;

/** A reprojection (EPSG:4326 → UTM 12N) gives the same cells whatever the tiling, chunking and thread count. */
class AlignTilingTest {

    static MemoryRaster source(DataType type, boolean categorical) {
        GridGeometry g = GridGeometry.northUp(CrsDefinition.epsg(4326), -113.25, 37.5, 0.001, 0.001, 220, 180);
        MemoryRaster m = MemoryRaster.single("synthetic.tif", g, type, NoData.of(categorical ? 255 : -9999));
        RasterBlock b = m.band(0);
        for (int r = 0; r < 180; r++) {
            for (int c = 0; c < 220; c++) {
                double v = categorical ? 11 + ((c / 7 + r / 5) % 4) * 10
                        : 1500 + 300 * Math.sin(c / 17.0) * Math.cos(r / 23.0) + 0.37 * c * r / 10.0;
                if ((c - 100) * (c - 100) + (r - 60) * (r - 60) < 80) v = categorical ? 255 : -9999; // a nodata hole
                b.set(c, r, v);
            }
        }
        return m;
    }

    static double[] run(MemoryRaster src, GridGeometry grid, AlignParameters p, int tile, int threads) {
        try (TiledExecutor ex = new TiledExecutor(threads)) {
            MemoryRaster out = new RasterAligner(src, grid, p).alignToMemory(ex, TileScheme.of(grid, tile), ProgressListener.NONE);
            RasterBlock b = out.band(0);
            double[] v = new double[grid.width() * grid.height()];
            for (int r = 0, i = 0; r < grid.height(); r++) for (int c = 0; c < grid.width(); c++) v[i++] = b.get(c, r);
            return v;
        }
    }

    @Test
    void tiledEqualsUntiledForEveryMethod() {
        MemoryRaster dem = source(DataType.FLOAT32, false), classes = source(DataType.UINT8, true);
        GridGeometry grid60 = StudyGrid.covering(dem.grid(), dem.name(), CrsDefinition.epsg(32612), 60);
        GridGeometry grid250 = StudyGrid.covering(dem.grid(), dem.name(), CrsDefinition.epsg(32612), 250);
        for (Resampling m : Resampling.values()) {
            MemoryRaster src = m.preservesValues() ? classes : dem;
            GridGeometry grid = m.isAreaMethod() ? grid250 : grid60;
            AlignParameters p = AlignParameters.of(m);
            double[] whole = run(src, grid, p, 4096, 1);
            long valid = java.util.Arrays.stream(whole).filter(v -> v != -9999 && v != 255).count();
            assertTrue(valid > whole.length / 2, m + ": most cells are covered (" + valid + ")");
            assertArrayEquals(whole, run(src, grid, p, 37, 2), 0, m + " tile 37, 2 threads");
            assertArrayEquals(whole, run(src, grid, p, 64, 1), 0, m + " tile 64, 1 thread");
            assertArrayEquals(whole, run(src, grid, p.withMaxSourceCellsPerChunk(1024), 100, 2), 0, m + " source chunks of 1024 cells");
        }
    }

    @Test
    void progressIsMonotonicReachesOneAndCancels() {
        MemoryRaster dem = source(DataType.FLOAT32, false);
        GridGeometry grid = StudyGrid.covering(dem.grid(), dem.name(), CrsDefinition.epsg(32612), 90);
        RasterAligner a = new RasterAligner(dem, grid, AlignParameters.of(Resampling.BILINEAR));
        List<Double> seen = new ArrayList<>();
        try (TiledExecutor ex = new TiledExecutor(2)) {
            a.alignToMemory(ex, TileScheme.of(grid, 50), (f, msg) -> {
                synchronized (seen) {
                    seen.add(f);
                }
                assertTrue(msg.contains("synthetic.tif"), msg);
                return true;
            });
            for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) >= seen.get(i - 1), "monotonic: " + seen);
            assertEquals(1.0, seen.get(seen.size() - 1), 1e-12);
            assertThrows(CancelledException.class, () -> a.alignToMemory(ex, TileScheme.of(grid, 50), (f, msg) -> f < 0.3));
        }
    }
}
