package org.dunefront.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/** Statistics on tiny hand-built grids, with values worked out by hand. */
class BandStatisticsTest {

    @Test
    void excludesNodataAndNaNAndMatchesHandComputedValues() {
        // 2 x 3 float grid: 1, 2, -9999 / NaN, 4, 5 with nodata -9999 -> valid {1,2,4,5}
        RasterBlock.Floats b = new RasterBlock.Floats(new Window(0, 0, 3, 2), NoData.of(-9999),
                new float[] {1, 2, -9999, Float.NaN, 4, 5});
        BandStatistics s = new BandStatistics();
        s.accept(b);
        BandSummary r = s.summary();
        assertEquals(4, r.validCount());
        assertEquals(2, r.noDataCount());
        assertEquals(1, r.min(), 0);
        assertEquals(5, r.max(), 0);
        assertEquals(3, r.mean(), 0);                 // (1+2+4+5)/4
        assertEquals(Math.sqrt(2.5), r.stdDev(), 1e-15); // ((4+1+1+4)/4)
    }

    @Test
    void noValidCellsGivesNaN() {
        BandStatistics s = new BandStatistics();
        s.accept(7, NoData.of(7));
        BandSummary r = s.summary();
        assertFalse(r.hasValidCells());
        assertEquals(1, r.noDataCount());
        assertEquals(Double.NaN, r.mean());
    }

    @Test
    void largeOffsetsKeepFullPrecision() {
        // 1e6 cells of 1e9 + (i % 3): exact mean 1e9 + 0.999999 (333333 zeros, 333334 ones, 333333 twos)
        BandStatistics s = new BandStatistics();
        for (int i = 0; i < 1_000_000; i++) s.accept(1e9 + (i % 3), NoData.NONE);
        assertEquals(1e9 + 999_999.0 / 1_000_000, s.summary().mean(), 1e-9);
    }

    @Test
    void sameResultWhateverTheStorageBlockSize() throws Exception {
        GridGeometry g = GridGeometry.northUp(CrsDefinition.epsg(32648), 0, 1000, 30, 30, 1300, 700);
        MemoryRaster m = new MemoryRaster("t", g, DataType.INT16, List.of(BandInfo.of(NoData.of(-1))));
        RasterBlock band = m.band(0);
        long sum = 0, n = 0;
        for (int r = 0; r < 700; r++) {
            for (int c = 0; c < 1300; c++) {
                int v = (c * 17 + r * 29) % 1000 - 1; // includes -1 = nodata
                band.set(c, r, v);
                if (v != -1) { sum += v; n++; }
            }
        }
        BandSummary whole = BandStatistics.compute(m, 0, ProgressListener.NONE);
        assertEquals(n, whole.validCount());
        assertEquals((double) sum / n, whole.mean(), 1e-12);
        assertEquals(0, whole.min(), 0);
        assertEquals(998, whole.max(), 0);
    }
}
