package org.dunefront.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/**
 * Nearest neighbour of an integer raster onto a grid on the same lattice (an integer cell shift) copies the source
 * window ({@code RasterAligner.copyShifted}); the result must be the per-cell path's. The oracle is the same values in a
 * float32 raster with the same nodata, which always takes the per-cell path; targets partly outside the source, or
 * shifted by a fraction of a cell, fall back to the per-cell path and are compared too.
 */
class NearestShiftCopyTest {
    private static final CrsDefinition UTM = CrsDefinition.epsg(32648);
    private static final int W = 40, H = 30;

    private static GridGeometry source() {
        return GridGeometry.northUp(UTM, 500000, 4200000, 30, 30, W, H);
    }

    private static double[] values(DataType type, double nodata) {
        Random rnd = new Random(7);
        double[] v = new double[W * H];
        for (int i = 0; i < v.length; i++) {
            v[i] = type == DataType.INT16 ? rnd.nextInt(2000) - 1000 : rnd.nextInt(250);
            if (i % 17 == 3) v[i] = nodata;
        }
        return v;
    }

    private static MemoryRaster raster(DataType type, double nodata, double[] v) {
        MemoryRaster m = MemoryRaster.single("src", source(), type, NoData.of(nodata));
        RasterBlock b = RasterBlock.create(type, new Window(0, 0, W, H), NoData.of(nodata));
        for (int i = 0; i < v.length; i++) b.set(i % W, i / W, v[i]);
        m.write(0, b);
        return m;
    }

    @Test
    void shiftedLatticeCopiesEqualThePerCellPath() throws Exception {
        for (DataType type : new DataType[] {DataType.UINT8, DataType.INT16}) {
            double nodata = type == DataType.UINT8 ? 255 : -9999;
            double[] v = values(type, nodata);
            MemoryRaster ints = raster(type, nodata, v), floats = raster(DataType.FLOAT32, nodata, v);
            // inside (shift 5, 4 cells), partly outside (shift −3, −2), a fraction of a cell off (0.4 cell)
            double[][] origins = {{500000 + 5 * 30, 4200000 - 4 * 30}, {500000 - 3 * 30, 4200000 + 2 * 30}, {500000 + 12, 4200000 - 12}};
            for (double[] o : origins) {
                GridGeometry target = GridGeometry.northUp(UTM, o[0], o[1], 30, 30, 25, 20);
                RasterAligner fast = new RasterAligner(ints, target, AlignParameters.of(Resampling.NEAREST));
                RasterAligner oracle = new RasterAligner(floats, target, AlignParameters.of(Resampling.NEAREST));
                for (Window w : new Window[] {target.extent(), new Window(3, 2, 9, 7), new Window(20, 15, 5, 5)}) {
                    RasterBlock a = fast.align(0, w), e = oracle.align(0, w);
                    assertEquals(type, a.type());
                    int compared = 0;
                    for (int r = 0; r < w.height(); r++) {
                        for (int c = 0; c < w.width(); c++) {
                            assertEquals(e.get(c, r), a.get(c, r), 0, type + " origin " + o[0] + " window " + w + " at " + c + "," + r);
                            compared++;
                        }
                    }
                    assertEquals(w.cellCount(), compared);
                }
            }
            // by hand: target cell (0, 0) of the inside shift is source cell (5, 4)
            GridGeometry inside = GridGeometry.northUp(UTM, 500000 + 150, 4200000 - 120, 30, 30, 25, 20);
            RasterBlock one = new RasterAligner(ints, inside, AlignParameters.of(Resampling.NEAREST)).align(0, new Window(0, 0, 2, 1));
            assertEquals(v[4 * W + 5], one.get(0, 0), 0);
            assertEquals(v[4 * W + 6], one.get(1, 0), 0);
            assertTrue(v[4 * W + 5] != v[4 * W + 6] || v[4 * W + 5] == nodata, "distinct neighbours make the check meaningful");
        }
    }
}
