package org.dunefront.grid;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WindowAndTilingTest {

    @Test
    void intersectionClipsHaloWindowToGrid() {
        Window grid = new Window(0, 0, 10, 7);
        Window haloTile = new Window(8, 4, 2, 3).expand(2); // (6,2) 6x7
        assertEquals(new Window(6, 2, 6, 7), haloTile);
        assertEquals(new Window(6, 2, 4, 5), haloTile.intersect(grid));
        assertTrue(new Window(20, 20, 3, 3).intersect(grid).isEmpty());
    }

    @Test
    void tilesCoverGridExactlyOnceWithClippedEdges() {
        TileScheme s = new TileScheme(10, 7, 4, 3);
        assertEquals(3, s.tilesAcross());
        assertEquals(3, s.tilesDown());
        assertEquals(new Window(8, 6, 2, 1), s.tile(2, 2));
        Set<Long> seen = new HashSet<>();
        for (Window w : s.tiles()) {
            for (int r = w.row(); r < w.endRow(); r++) for (int c = w.col(); c < w.endCol(); c++) {
                assertTrue(seen.add((long) r * 100 + c), "cell covered twice: " + c + "," + r);
            }
        }
        assertEquals(70, seen.size());
    }

    @Test
    void geotransformRoundTripsPixelAndWorldCoordinates() {
        GeoTransform t = new GeoTransform(1000, 30, 5, 5000, -4, -30);
        double x = t.x(3.25, 7.5), y = t.y(3.25, 7.5);
        assertEquals(1000 + 3.25 * 30 + 7.5 * 5, x, 1e-9);
        assertEquals(5000 - 3.25 * 4 - 7.5 * 30, y, 1e-9);
        assertEquals(3.25, t.col(x, y), 1e-9);
        assertEquals(7.5, t.row(x, y), 1e-9);
        assertFalse(t.isNorthUp());
        assertTrue(GeoTransform.northUp(0, 0, 30, 30).isNorthUp());
    }

    @Test
    void gridEnvelopeAndCellArea() {
        GridGeometry g = GridGeometry.northUp(CrsDefinition.epsg(32648), 500000, 4260000, 30, 30, 4, 3);
        assertArrayEquals(new double[] {500000, 4259910, 500120, 4260000}, g.envelope(), 1e-9);
        assertEquals(900, g.cellArea(), 1e-12);
        GridGeometry sub = g.subGrid(new Window(1, 2, 2, 1));
        assertEquals(500030, sub.transform().originX(), 1e-9);
        assertEquals(4259940, sub.transform().originY(), 1e-9);
    }

    @Test
    void memoryRasterHaloReadsFillOutsideWithNodata() {
        GridGeometry g = GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 3, 1, 1, 3, 3);
        MemoryRaster m = MemoryRaster.single("m", g, DataType.INT16, NoData.of(-9999));
        RasterBlock all = m.band(0);
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) all.set(c, r, r * 3 + c);
        RasterBlock halo = m.read(0, new Window(-1, -1, 3, 3));
        assertEquals(-9999, halo.get(0, 0));
        assertTrue(halo.isNoData(1, 0));
        assertEquals(0, halo.get(1, 1));
        assertEquals(4, halo.get(2, 2));
        assertFalse(halo.isNoData(2, 2));
    }

    @Test
    void integerBlocksRoundAndClampUnsignedValues() {
        RasterBlock b = RasterBlock.create(DataType.UINT8, new Window(0, 0, 3, 1), NoData.NONE);
        b.set(0, 0, 254.6);
        b.set(1, 0, 300);
        b.set(2, 0, -5);
        assertEquals(List.of(255.0, 255.0, 0.0), List.of(b.get(0, 0), b.get(1, 0), b.get(2, 0)));
        RasterBlock f = RasterBlock.filled(DataType.FLOAT32, new Window(0, 0, 2, 1), NoData.NAN);
        assertTrue(f.isNoData(0, 0));
        assertTrue(NoData.NAN.matches(Double.NaN));
        assertFalse(NoData.NONE.matches(Double.NaN));
    }

    @Test
    void scaledProgressMapsSubRangeAndCancels() {
        double[] last = {-1};
        ProgressListener root = (f, m) -> { last[0] = f; return f < 0.9; };
        ProgressListener sub = root.scaled(0.5, 0.75);
        assertTrue(sub.report(0.5, "half"));
        assertEquals(0.625, last[0], 1e-12);
        ProgressListener late = root.scaled(0.8, 1.0);
        assertThrows(CancelledException.class, () -> late.reportOrCancel(0.6, "x"));
    }
}
