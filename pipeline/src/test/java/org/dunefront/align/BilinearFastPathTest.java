package org.dunefront.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.dunefront.grid.DataType;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/**
 * The unrolled 2 × 2 bilinear kernel of {@link CellResampler} gives the bits of the generic separable loop it
 * replaces (written out here as the reference: tent weights (1 − |t|) per axis, products wx·wy, cells with zero
 * weight or NaN left out, sums in row-major order, renormalised, NaN below a weight sum of 1e-5).
 */
class BilinearFastPathTest {
    static final int W = 6, H = 5;

    static double[] values() {
        double[] v = new double[W * H];
        for (int i = 0; i < v.length; i++) v[i] = 1.3 + 0.731 * (i % W) - 0.457 * (i / W) + 0.01 * i * i;
        v[2 * W + 3] = Double.NaN; // a nodata cell inside
        return v;
    }

    /** The generic loop of {@code CellResampler.kernel} for the bilinear kernel at scale 1, reproduced. */
    static double reference(double[] v, double px, double py) {
        if (!(px >= 0 && py >= 0 && px < W && py < H)) return Double.NaN;
        double u = px - 0.5, w = py - 0.5;
        int i0 = (int) Math.floor(u - 1) + 1, i1 = (int) Math.floor(u + 1);
        int j0 = (int) Math.floor(w - 1) + 1, j1 = (int) Math.floor(w + 1);
        double acc = 0, wsum = 0;
        for (int j = j0; j <= j1; j++) {
            double wj = Math.abs(j - w) < 1 ? 1 - Math.abs(j - w) : 0;
            if (wj == 0) continue;
            for (int i = i0; i <= i1; i++) {
                double wi = Math.abs(i - u) < 1 ? 1 - Math.abs(i - u) : 0;
                double ww = wi * wj;
                if (ww == 0) continue;
                double val = i < 0 || j < 0 || i >= W || j >= H ? Double.NaN : v[j * W + i];
                if (Double.isNaN(val)) continue;
                acc += ww * val;
                wsum += ww;
            }
        }
        return Math.abs(wsum) < 1e-5 ? Double.NaN : acc / wsum;
    }

    @Test
    void unrolledKernelEqualsTheGenericLoopBitForBit() {
        double[] v = values();
        RasterBlock b = RasterBlock.filled(DataType.FLOAT64, new Window(0, 0, W, H), NoData.NAN);
        for (int i = 0; i < v.length; i++) b.set(i % W, i / W, v[i]);
        CellResampler k = new CellResampler(SourceValues.of(b, new Window(0, 0, W, H)), W, H, Resampling.BILINEAR, 1, 1);
        Random rnd = new Random(42);
        int valid = 0;
        for (int n = 0; n < 20000; n++) {
            double px, py;
            switch (n % 4) {
                case 0 -> { px = rnd.nextDouble() * W; py = rnd.nextDouble() * H; }
                case 1 -> { px = rnd.nextInt(W) + 0.5; py = rnd.nextInt(H) + 0.5; } // cell centres: one weight is 0
                case 2 -> { px = rnd.nextInt(W + 1); py = rnd.nextDouble() * H; }   // cell edges, incl. the grid border
                default -> { px = Math.nextDown(W) * rnd.nextDouble(); py = Math.nextDown((double) H); }
            }
            double e = reference(v, px, py), a = k.point(px, py);
            assertEquals(Double.doubleToRawLongBits(e), Double.doubleToRawLongBits(a), "at " + px + ", " + py + ": " + e + " vs " + a);
            if (!Double.isNaN(e)) valid++;
        }
        assertTrue(valid > 15000, "most positions have a value: " + valid);
        // by hand: midway between the centres of cells (0, 0) and (1, 0) on row 0's centre line → their mean
        assertEquals((v[0] + v[1]) / 2, k.point(1.0, 0.5), 1e-15);
    }

    /**
     * At scale 1 a cell centre takes the shortcut to the cell's value ({@code CellResampler.centre}): checked against the
     * generic loop at every centre of a grid holding a NaN cell, a −0 cell (the loop's 0 + 1 · (−0) is +0) and ±large
     * values; a non-centre position next to them still goes through the kernel.
     */
    @Test
    void cellCentresTakeTheCellValueAsTheGenericLoopDoes() {
        double[] v = values();
        v[W + 1] = -0.0;
        v[3 * W + 4] = -1e300;
        v[4 * W] = Double.MIN_VALUE;
        RasterBlock b = RasterBlock.filled(DataType.FLOAT64, new Window(0, 0, W, H), NoData.NAN);
        for (int i = 0; i < v.length; i++) b.set(i % W, i / W, v[i]);
        CellResampler k = new CellResampler(SourceValues.of(b, new Window(0, 0, W, H)), W, H, Resampling.BILINEAR, 1, 1);
        for (int r = 0; r < H; r++) {
            for (int c = 0; c < W; c++) {
                double e = reference(v, c + 0.5, r + 0.5), a = k.point(c + 0.5, r + 0.5);
                assertEquals(Double.doubleToRawLongBits(e), Double.doubleToRawLongBits(a), "centre of " + c + ", " + r);
                double near = reference(v, Math.nextUp(c + 0.5), r + 0.5);
                assertEquals(Double.doubleToRawLongBits(near), Double.doubleToRawLongBits(k.point(Math.nextUp(c + 0.5), r + 0.5)),
                        "just right of the centre of " + c + ", " + r);
            }
        }
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(k.point(1.5, 1.5)), "−0 comes out as +0");
        assertTrue(Double.isNaN(k.point(3.5, 2.5)), "the NaN cell");
        assertEquals(v[3 * W + 4], k.point(4.5, 3.5), 0);
    }
}
