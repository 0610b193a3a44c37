package org.dunefront.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/**
 * The row kernel ({@code ShelterRays.maxTanRow}, used by every Sx computation) against the definition evaluated
 * cell by cell ({@code ShelterRays.maxTan}: max over the fan's samples of (z_d − z0)/d, Winstral et al. 2002):
 * the same float bits, sign of zero included, on random terrain with and without nodata.
 */
class ShelterRowKernelTest {

    /** Sx of every cell of {@code out} the cell-by-cell way: the definition. */
    private static float[] reference(double[] z, Window in, Window out, ShelterRays rays) {
        float[] res = new float[(int) out.cellCount()];
        for (int r = 0; r < out.height(); r++) {
            for (int c = 0; c < out.width(); c++) {
                int ic = out.col() + c - in.col(), ir = out.row() + r - in.row();
                double z0 = z[ir * in.width() + ic];
                double best = Double.isNaN(z0) ? Double.NEGATIVE_INFINITY : rays.maxTan(z, in.width(), ic, ir, z0);
                res[r * out.width() + c] = best == Double.NEGATIVE_INFINITY ? Float.NaN : (float) Math.toDegrees(Math.atan(best));
            }
        }
        return res;
    }

    private static void assertSameBits(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]),
                    what + ", cell " + i + ": " + expected[i] + " vs " + actual[i]);
        }
    }

    @Test
    void rowKernelGivesTheDefinitionsBitsOnRandomTerrainWithAndWithoutNodata() {
        Random rnd = new Random(42);
        int checkedNaN = 0, checkedZero = 0;
        for (int trial = 0; trial < 40; trial++) {
            double cx = trial % 3 == 0 ? 30 : 10 + rnd.nextInt(30), cy = trial % 3 == 0 ? 30 : 10 + rnd.nextInt(30);
            ShelterIndexParams p = new ShelterIndexParams(50 + rnd.nextInt(250), rnd.nextInt(3) * 5, 5,
                    trial % 4 == 1 ? 7.5 : 0);
            double az = trial % 5 == 0 ? 90 * rnd.nextInt(4) : rnd.nextDouble() * 360;
            int halo = p.haloCells(cx, cy);
            Window out = new Window(3, 5, 20 + rnd.nextInt(30), 10 + rnd.nextInt(20));
            Window in = out.expand(halo);
            double[] z = new double[(int) in.cellCount()];
            boolean flat = trial % 7 == 3; // flat patches: ties between +0 samples
            double nanShare = trial % 2 == 0 ? 0 : 0.02;
            for (int i = 0; i < z.length; i++) {
                z[i] = flat ? 1500 + (rnd.nextInt(10) == 0 ? 1 : 0) : (float) (1500 + 40 * rnd.nextGaussian());
                if (rnd.nextDouble() < nanShare) z[i] = Double.NaN;
            }
            ShelterRays rays = ShelterRays.of(az, p, cx, cy);
            float[] expected = reference(z, in, out, rays);
            float[] actual = ShelterIndexOp.sx(z, in, out, rays).data();
            assertSameBits(expected, actual, "trial " + trial);
            for (float v : expected) {
                if (Float.isNaN(v)) checkedNaN++;
                if (v == 0) checkedZero++;
            }
        }
        assertTrue(checkedNaN > 0 && checkedZero > 0, "the trials exercise nodata and exact zeros");
    }

    @Test
    void blocksThroughTheOpEqualTheDefinition() {
        // The public op (float block, nodata as NaN, square and non-square cells) against the definition.
        Random rnd = new Random(7);
        Window out = new Window(0, 0, 40, 30);
        ShelterIndexParams p = new ShelterIndexParams(120, 5, 5, 0);
        int halo = p.haloCells(10, 12);
        Window in = out.expand(halo);
        float[] a = new float[(int) in.cellCount()];
        for (int i = 0; i < a.length; i++) a[i] = (float) (900 + 25 * rnd.nextGaussian());
        RasterBlock.Floats dem = HaloReads.read(java.util.Arrays.copyOf(a, a.length), in.width(), in.height(),
                new Window(0, 0, in.width(), in.height()));
        RasterBlock.Floats shifted = new RasterBlock.Floats(in, dem.noData(), dem.data());
        double[] z = ShelterIndexOp.toDoubles(shifted);
        for (double az : new double[] {0, 37.5, 90, 200, 315}) {
            float[] expected = reference(z, in, out, ShelterRays.of(az, p, 10, 12));
            assertSameBits(expected, ShelterIndexOp.run(shifted, out, 10, 12, az, p).data(), "azimuth " + az);
        }
    }
}
