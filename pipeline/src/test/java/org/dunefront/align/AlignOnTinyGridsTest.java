package org.dunefront.align;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;

import org.dunefront.error.InputDataException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.junit.jupiter.api.Test;

/** Hand-built grids whose expected values follow from the definitions of the methods. */
class AlignOnTinyGridsTest {
    static final CrsDefinition UTM = CrsDefinition.epsg(32648);

    static MemoryRaster raster(GridGeometry g, DataType type, NoData nd, double[] values) {
        MemoryRaster m = MemoryRaster.single("tiny.tif", g, type, nd);
        RasterBlock b = m.band(0);
        for (int r = 0, i = 0; r < g.height(); r++) for (int c = 0; c < g.width(); c++) b.set(c, r, values[i++]);
        return m;
    }

    static double[] ramp(int w, int h) {
        double[] v = new double[w * h];
        for (int i = 0; i < v.length; i++) v[i] = 100 + 7 * (i % w) + 13 * (i / w) + ((i * 37) % 11);
        return v;
    }

    static RasterBlock alignAll(MemoryRaster src, GridGeometry target, Resampling m) throws IOException {
        return new RasterAligner(src, target, AlignParameters.of(m)).align(0, target.extent());
    }

    @Test
    void identityReturnsTheInputExactly() throws IOException {
        GridGeometry g = GridGeometry.northUp(UTM, 500000, 4200000, 30, 30, 7, 5);
        double[] v = ramp(7, 5);
        MemoryRaster src = raster(g, DataType.FLOAT32, NoData.of(-9999), v);
        for (Resampling m : Resampling.values()) {
            RasterBlock out = alignAll(src, g, m);
            for (int r = 0; r < 5; r++) for (int c = 0; c < 7; c++) assertEquals(v[r * 7 + c], out.get(c, r), 0, m + " at " + c + "," + r);
        }
    }

    @Test
    void wholeCellShiftMovesValuesAndFillsNodataOutside() throws IOException {
        GridGeometry g = GridGeometry.northUp(UTM, 500000, 4200000, 30, 30, 6, 4);
        double[] v = ramp(6, 4);
        MemoryRaster src = raster(g, DataType.INT16, NoData.of(-1), v);
        // target starts 2 columns east and 1 row south of the source
        GridGeometry t = GridGeometry.northUp(UTM, 500000 + 60, 4200000 - 30, 30, 30, 6, 4);
        for (Resampling m : new Resampling[] {Resampling.NEAREST, Resampling.BILINEAR, Resampling.CUBIC, Resampling.AVERAGE}) {
            RasterBlock out = alignAll(src, t, m);
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 6; c++) {
                    double expected = (c + 2 < 6 && r + 1 < 4) ? v[(r + 1) * 6 + c + 2] : -1;
                    assertEquals(expected, out.get(c, r), 0, m + " at " + c + "," + r);
                }
            }
        }
    }

    @Test
    void bilinearAtAFractionalPositionFollowsTheFormula() throws IOException {
        GridGeometry g = GridGeometry.northUp(UTM, 0, 300, 10, 10, 6, 6);
        double[] v = ramp(6, 6);
        MemoryRaster src = raster(g, DataType.FLOAT64, NoData.NAN, v);
        // target cell centres sit 0.25 cell east and 0.4 cell south of source centres
        GridGeometry t = GridGeometry.northUp(UTM, 2.5, 300 - 4, 10, 10, 4, 4);
        RasterBlock out = alignAll(src, t, Resampling.BILINEAR);
        double fx = 0.25, fy = 0.4;
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                double q00 = v[r * 6 + c], q10 = v[r * 6 + c + 1], q01 = v[(r + 1) * 6 + c], q11 = v[(r + 1) * 6 + c + 1];
                double expected = (1 - fx) * (1 - fy) * q00 + fx * (1 - fy) * q10 + (1 - fx) * fy * q01 + fx * fy * q11;
                assertEquals(expected, out.get(c, r), 1e-9, "at " + c + "," + r);
            }
        }
        // cubic (Keys a = -0.5) reproduces a linear ramp exactly
        double[] lin = new double[36];
        for (int i = 0; i < 36; i++) lin[i] = 3.0 * (i % 6) - 2.0 * (i / 6);
        RasterBlock cub = alignAll(raster(g, DataType.FLOAT64, NoData.NAN, lin), t, Resampling.CUBIC);
        assertEquals(3.0 * (2 + fx) - 2.0 * (2 + fy), cub.get(2, 2), 1e-9);
    }

    @Test
    void nodataIsLeftOutAndWeightsRenormalised() throws IOException {
        GridGeometry g = GridGeometry.northUp(UTM, 0, 20, 10, 10, 2, 2);
        MemoryRaster src = raster(g, DataType.FLOAT32, NoData.of(-9999), new double[] {10, -9999, 30, 40});
        GridGeometry centre = GridGeometry.northUp(UTM, 5, 15, 10, 10, 1, 1); // one cell centred on the 4 centres
        assertEquals((10 + 30 + 40) / 3.0, alignAll(src, centre, Resampling.BILINEAR).get(0, 0), 1e-5);
        assertEquals((10 + 30 + 40) / 3.0, alignAll(src, centre, Resampling.CUBIC).get(0, 0), 1e-5);
        MemoryRaster none = raster(g, DataType.FLOAT32, NoData.of(-9999), new double[] {-9999, -9999, -9999, -9999});
        assertEquals(-9999, alignAll(none, centre, Resampling.BILINEAR).get(0, 0), 0);
        // average of the 2x2 block into one 20 m cell: mean of the valid cells
        GridGeometry coarse = GridGeometry.northUp(UTM, 0, 20, 20, 20, 1, 1);
        assertEquals((10 + 30 + 40) / 3.0, alignAll(src, coarse, Resampling.AVERAGE).get(0, 0), 1e-5);
    }

    @Test
    void averageOfTwoByTwoIsTheMean() throws IOException {
        GridGeometry g = GridGeometry.northUp(UTM, 0, 40, 10, 10, 4, 4);
        double[] v = ramp(4, 4);
        RasterBlock out = alignAll(raster(g, DataType.FLOAT64, NoData.NAN, v), GridGeometry.northUp(UTM, 0, 40, 20, 20, 2, 2), Resampling.AVERAGE);
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                double mean = (v[2 * r * 4 + 2 * c] + v[2 * r * 4 + 2 * c + 1] + v[(2 * r + 1) * 4 + 2 * c] + v[(2 * r + 1) * 4 + 2 * c + 1]) / 4;
                assertEquals(mean, out.get(c, r), 1e-9);
            }
        }
        // a target cell covering half of a source cell weights it by half (15 m cells over 10 m cells)
        RasterBlock half = alignAll(raster(g, DataType.FLOAT64, NoData.NAN, v), GridGeometry.northUp(UTM, 0, 40, 15, 10, 1, 1), Resampling.AVERAGE);
        assertEquals((v[0] + 0.5 * v[1]) / 1.5, half.get(0, 0), 1e-9);
    }

    @Test
    void modePicksTheMajorityClassAndBreaksTiesTowardsTheFirstMet() throws IOException {
        GridGeometry g = GridGeometry.northUp(UTM, 0, 30, 10, 10, 6, 3);
        double[] classes = {
            52, 52, 71,   42, 11, 11,
            71, 52, 52,   42, 42, 11,
            52, 31, 71,   31, 31, 255};
        MemoryRaster src = raster(g, DataType.UINT8, NoData.of(255), classes);
        RasterBlock out = alignAll(src, GridGeometry.northUp(UTM, 0, 30, 30, 30, 2, 1), Resampling.MODE);
        assertEquals(52, out.get(0, 0), 0, "52 has 5 of 9 votes");
        assertEquals(42, out.get(1, 0), 0, "42 and 11 have 3 votes each, 31 two (255 is nodata): 42, met first, wins");
        RasterBlock near = alignAll(src, GridGeometry.northUp(UTM, 0, 30, 30, 30, 2, 1), Resampling.NEAREST);
        assertEquals(52, near.get(0, 0), 0, "nearest takes the centre cell");
        assertEquals(42, near.get(1, 0), 0, "nearest takes the centre cell");
    }

    @Test
    void rotatedSourceIsSampledThroughTheGeneralAffineInverse() throws IOException {
        // 30 degrees rotation, 10 m cells (rasterio_rotated.tif's geotransform)
        GeoTransform rot = new GeoTransform(100, 17.32050807568877, 5.0, 200, 10.0, -8.660254037844387);
        GridGeometry g = new GridGeometry(CrsDefinition.UNKNOWN, rot, 10, 15);
        double[] v = ramp(10, 15);
        MemoryRaster src = raster(g, DataType.FLOAT32, NoData.of(-1), v);
        GridGeometry t = GridGeometry.northUp(CrsDefinition.UNKNOWN, 100, 300, 5, 5, 50, 47);
        RasterBlock out = alignAll(src, t, Resampling.NEAREST);
        int checked = 0;
        for (int r = 0; r < t.height(); r++) {
            for (int c = 0; c < t.width(); c++) {
                double x = 100 + 5 * (c + 0.5), y = 300 - 5 * (r + 0.5);
                double sc = rot.col(x, y), sr = rot.row(x, y);
                if (Math.abs(sc - Math.rint(sc)) < 1e-6 || Math.abs(sr - Math.rint(sr)) < 1e-6) continue; // on a cell edge
                double expected = sc >= 0 && sr >= 0 && sc < 10 && sr < 15 ? v[(int) sr * 10 + (int) sc] : -1;
                assertEquals(expected, out.get(c, r), 0, "at " + c + "," + r);
                if (expected != -1) checked++;
            }
        }
        assertTrue(checked > 400, "cells inside the rotated source: " + checked);
    }

    @Test
    void integerOutputsRoundHalfUpAndIntegerSourcesWithoutNodataFillZero() throws IOException {
        GridGeometry g = GridGeometry.northUp(UTM, 0, 10, 10, 10, 2, 1);
        MemoryRaster src = raster(g, DataType.UINT8, NoData.NONE, new double[] {10, 11});
        // one cell centred between the two source centres, and one cell east of the source
        RasterBlock out = alignAll(src, GridGeometry.northUp(UTM, 5, 10, 10, 10, 3, 1), Resampling.BILINEAR);
        assertEquals(11, out.get(0, 0), 0, "10.5 rounds half up, as GDAL");
        assertEquals(0, out.get(2, 0), 0, "outside the source and no nodata: 0");
        assertEquals(NoData.NONE, out.noData());
    }

    @Test
    void studyGridsSnapToCellMultiplesOrToAReferenceLattice() throws IOException {
        GridGeometry snapped = StudyGrid.snap(UTM, new double[] {500012, 4199950, 500101, 4200031}, 30);
        assertArrayEquals(new double[] {500010, 30, 0, 4200060, 0, -30}, snapped.transform().toGdal(), 0);
        assertEquals(4, snapped.width());
        assertEquals(4, snapped.height());
        // NLCD-like lattice: origin not a multiple of the odd cell size
        GridGeometry ref = GridGeometry.northUp(UTM, 301903.344, 4154086.472, 31.5303, 31.5247, 100, 100);
        GridGeometry sub = StudyGrid.alignedTo(ref, new double[] {302000, 4152000, 303000, 4153000});
        double col = (sub.transform().originX() - ref.transform().originX()) / 31.5303;
        double row = (ref.transform().originY() - sub.transform().originY()) / 31.5247;
        assertEquals(Math.rint(col), col, 1e-9, "starts on a reference column");
        assertEquals(Math.rint(row), row, 1e-9, "starts on a reference row");
        assertTrue(sub.envelope()[0] <= 302000 && sub.envelope()[2] >= 303000 && sub.envelope()[2] - 303000 < 31.5303);
        // a raster aligned onto its own lattice is copied exactly
        double[] v = ramp(100, 100);
        MemoryRaster src = raster(ref, DataType.FLOAT32, NoData.NAN, v);
        RasterBlock out = alignAll(src, sub, Resampling.BILINEAR);
        assertEquals(v[(int) Math.rint(row) * 100 + (int) Math.rint(col)], out.get(0, 0), 0);
    }

    @Test
    void nonOverlappingInputsAreRefusedNamingBoth() {
        GridGeometry g = GridGeometry.northUp(UTM, 500000, 4200000, 30, 30, 10, 10);
        MemoryRaster src = raster(g, DataType.FLOAT32, NoData.NAN, new double[100]);
        GridGeometry far = GridGeometry.northUp(CrsDefinition.epsg(32612), 300000, 4150000, 90, 90, 10, 10);
        InputDataException e = assertThrows(InputDataException.class, () -> new RasterAligner(src, far, AlignParameters.of(Resampling.NEAREST)));
        assertTrue(e.getMessage().startsWith("tiny.tif: no overlap between tiny.tif (500000, 4199700 – 500300, 4200000 in EPSG:32648) and the study grid (300000, 4149100 – 300900, 4150000 in EPSG:32612)"), e.getMessage());
        assertEquals(3, e.exitCode());
        MemoryRaster noCrs = raster(new GridGeometry(CrsDefinition.UNKNOWN, g.transform(), 10, 10), DataType.FLOAT32, NoData.NAN, new double[100]);
        e = assertThrows(InputDataException.class, () -> new RasterAligner(noCrs, far, AlignParameters.of(Resampling.NEAREST)));
        assertTrue(e.getMessage().startsWith("tiny.tif: has no coordinate reference system, so it cannot be related to the study grid"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AlignParameters(Resampling.CUBIC, -1, 1 << 20));
        assertThrows(NullPointerException.class, () -> AlignParameters.of(null));
    }
}
