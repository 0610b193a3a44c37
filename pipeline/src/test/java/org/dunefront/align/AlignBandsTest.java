package org.dunefront.align;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.List;

import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/**
 * {@link RasterAligner#alignBands} (one mapping for several bands) gives, per band, exactly the cells of
 * {@link RasterAligner#align} on that band alone: the ingest's fused u/v downscale relies on it.
 */
class AlignBandsTest {

    /** A coarse two-band "wind" grid in EPSG:4326 (u, v) with a NaN cell in each band at different places. */
    static MemoryRaster coarseWind(NoData nd) {
        GridGeometry g = GridGeometry.northUp(CrsDefinition.epsg(4326), -113.25, 37.5, 0.05, 0.05, 7, 6);
        MemoryRaster m = new MemoryRaster("wind", g, DataType.FLOAT32, List.of(BandInfo.of(nd), BandInfo.of(nd)));
        RasterBlock u = m.band(0), v = m.band(1);
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 7; c++) {
                u.set(c, r, 3.1 + 0.37 * c - 0.21 * r + 0.013 * c * r);
                v.set(c, r, -1.7 + 0.11 * c * c - 0.29 * r);
            }
        }
        double hole = nd.present() ? nd.value() : Double.NaN;
        u.set(2, 3, hole);
        v.set(5, 1, hole);
        return m;
    }

    /** Asserts equal bits cell by cell; returns the number of cells holding a value. */
    static int assertBitEqual(RasterBlock expected, RasterBlock actual, String what) {
        assertEquals(expected.window(), actual.window(), what);
        assertEquals(expected.noData(), actual.noData(), what);
        Window w = expected.window();
        int valid = 0;
        for (int r = 0; r < w.height(); r++) {
            for (int c = 0; c < w.width(); c++) {
                double e = expected.get(c, r), a = actual.get(c, r);
                assertEquals(Double.doubleToRawLongBits(e), Double.doubleToRawLongBits(a), what + " at " + c + "," + r + ": " + e + " vs " + a);
                if (!expected.noData().matches(e) && !Double.isNaN(e)) valid++;
            }
        }
        return valid;
    }

    @Test
    void everyBandEqualsItsOwnAlignmentBitForBit() throws IOException {
        for (NoData nd : new NoData[] {NoData.NAN, NoData.of(-9999)}) {
            MemoryRaster wind = coarseWind(nd);
            // a fine UTM grid inside the wind grid: a real CRS change, many target cells per wind cell
            GridGeometry fine = StudyGrid.snap(CrsDefinition.epsg(32612), StudyGrid.envelopeIn(
                    GridGeometry.northUp(CrsDefinition.epsg(4326), -113.22, 37.47, 0.01, 0.01, 26, 20), "inner", CrsDefinition.epsg(32612)), 250);
            for (Resampling m : new Resampling[] {Resampling.BILINEAR, Resampling.NEAREST, Resampling.CUBIC, Resampling.AVERAGE}) {
                for (AlignParameters p : new AlignParameters[] {AlignParameters.of(m), AlignParameters.of(m).withMaxErrorPixels(0)}) {
                    RasterAligner a = new RasterAligner(wind, fine, p);
                    long valid = 0;
                    for (Window w : TileScheme.of(fine, 7).tiles()) {
                        RasterBlock[] both = a.alignBands(new int[] {0, 1}, w);
                        assertEquals(2, both.length);
                        valid += assertBitEqual(a.align(0, w), both[0], m + " u " + w);
                        valid += assertBitEqual(a.align(1, w), both[1], m + " v " + w);
                        RasterBlock[] swapped = a.alignBands(new int[] {1, 0}, w);
                        assertBitEqual(both[1], swapped[0], m + " order " + w);
                    }
                    assertTrue(valid > fine.cellCount(), m + ": most cells of both bands hold values (" + valid + " of 2 × "
                            + fine.cellCount() + ")");
                }
            }
        }
    }

    @Test
    void bilinearValueEqualsTheFormulaAtACellCentre() throws IOException {
        // target = the wind grid itself refined 4× (same CRS), bilinear between the four surrounding coarse centres
        MemoryRaster wind = coarseWind(NoData.NAN);
        GridGeometry g = wind.grid();
        GridGeometry fine = GridGeometry.northUp(g.crs(), -113.25, 37.5, 0.0125, 0.0125, 28, 24);
        RasterAligner a = new RasterAligner(wind, fine, AlignParameters.of(Resampling.BILINEAR));
        RasterBlock[] both = a.alignBands(new int[] {0, 1}, fine.extent());
        // fine cell (13, 9): centre at coarse position (13.5 / 4, 9.5 / 4) = (3.375, 2.375): columns 2–3, rows 1–2
        double tx = 3.375 - 2.5, ty = 2.375 - 1.5;
        RasterBlock u = wind.band(0);
        double expected = (1 - tx) * (1 - ty) * u.get(2, 1) + tx * (1 - ty) * u.get(3, 1) + (1 - tx) * ty * u.get(2, 2) + tx * ty * u.get(3, 2);
        assertEquals(expected, both[0].get(13, 9), 1e-5);
    }
}
