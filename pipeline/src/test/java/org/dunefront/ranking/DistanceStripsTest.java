package org.dunefront.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DistanceStrips} gives bit-for-bit the distances of the whole-grid {@link DistanceTransform#field}
 * for every strip height, on hand-checked and random grids, square and anisotropic cells.
 */
class DistanceStripsTest {

    @Test
    void handCheckedColumnWithFeaturesInOtherStrips() {
        // one column of 7 cells (30 m), features at rows 1 and 6: distances 30, 0, 30, 60, 60, 30, 0 m,
        // whichever strip the nearest feature lies in
        boolean[] f = {false, true, false, false, false, false, true};
        double[] want = {30, 0, 30, 60, 60, 30, 0};
        for (int rows : new int[] {1, 2, 3, 7, 10}) {
            double[] got = collect(DistanceStrips.of(i -> f[i], 1, 7, 30, 30, rows), 1, 7);
            for (int r = 0; r < 7; r++) assertEquals(want[r], got[r], 0.0, "strip rows " + rows + ", row " + r);
        }
        // a 3 x 3 grid with one feature in the bottom-right corner: the top-left is √8 cells away
        boolean[] g = new boolean[9];
        g[8] = true;
        double[] d = collect(DistanceStrips.of(i -> g[i], 3, 3, 10, 10, 1), 3, 9);
        assertEquals(Math.sqrt(800), d[0], 1e-12);
        assertEquals(Math.sqrt(500), d[1], 1e-12);
        assertEquals(10, d[5], 0.0);
    }

    @Test
    void everyStripHeightEqualsTheWholeGridFieldBitForBit() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 30; trial++) {
            int w = 1 + rnd.nextInt(trial % 5 == 0 ? 150 : 30), h = 1 + rnd.nextInt(40);
            double dx = new double[] {30, 10, 2.5}[trial % 3];
            double dy = trial % 2 == 0 ? dx : dx * 1.5; // square and anisotropic cells
            boolean[] f = new boolean[w * h];
            double density = rnd.nextDouble() * 0.08;
            for (int i = 0; i < f.length; i++) f[i] = rnd.nextDouble() < density;
            if (trial % 7 != 3) f[rnd.nextInt(f.length)] = true; // some grids without any feature
            DistanceField whole = DistanceTransform.field(i -> f[i], w, h, dx, dy);
            for (int rows : new int[] {1, 2, 3, 5, 16, h, h + 3}) {
                double[] got = collect(DistanceStrips.of(i -> f[i], w, h, dx, dy, rows), w, w * h);
                for (int i = 0; i < got.length; i++) {
                    assertEquals(Double.doubleToLongBits(whole.distanceM(i)), Double.doubleToLongBits(got[i]),
                            "trial " + trial + " strip rows " + rows + " cell " + i);
                }
            }
        }
    }

    @Test
    void classTablesAndSkippedStripsGiveTheWholeGridFieldBitForBit() {
        // ofClasses (feature = featureClass[code]) and next(false) on random strips: every strip computed
        // afterwards equals the whole-grid field, and a skipped strip's distances cannot be read
        Random rnd = new Random(12);
        for (int trial = 0; trial < 24; trial++) {
            int w = 1 + rnd.nextInt(60), h = 1 + rnd.nextInt(50);
            double dx = 30, dy = trial % 2 == 0 ? 30 : 45;
            byte[] codes = new byte[w * h];
            for (int i = 0; i < codes.length; i++) codes[i] = (byte) (rnd.nextInt(12) == 0 ? 200 + rnd.nextInt(3) : rnd.nextInt(9));
            boolean[] featureClass = new boolean[256];
            featureClass[201] = true;
            featureClass[trial % 9] = trial % 4 == 0;
            DistanceField whole = DistanceTransform.field(i -> featureClass[codes[i] & 0xFF], w, h, dx, dy);
            for (int rows : new int[] {1, 3, 7, h}) {
                DistanceStrips s = DistanceStrips.ofClasses(codes, featureClass, w, h, dx, dy, rows);
                int strip = 0;
                for (boolean values = true; s.next(values); values = rnd.nextInt(3) != 0, strip++) {
                    if (!values) {
                        int i = s.row0() * w;
                        assertThrows(IllegalStateException.class, () -> s.distanceM(i), "skipped strip " + strip);
                        continue;
                    }
                    for (int i = s.row0() * w; i < (s.row0() + s.rows()) * w; i++) {
                        assertEquals(Double.doubleToLongBits(whole.distanceM(i)), Double.doubleToLongBits(s.distanceM(i)),
                                "trial " + trial + " strip rows " + rows + " cell " + i);
                    }
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> DistanceStrips.ofClasses(new byte[6], new boolean[255], 2, 3, 30, 30, 1));
        assertThrows(IllegalArgumentException.class, () -> DistanceStrips.ofClasses(new byte[5], new boolean[256], 2, 3, 30, 30, 1));
    }

    @Test
    void noFeatureGivesInfinityAndBadArgumentsAreRejected() {
        DistanceStrips s = DistanceStrips.of(i -> false, 4, 5, 30, 30, 2);
        assertFalse(s.hasFeature());
        double[] d = collect(s, 4, 20);
        for (double v : d) assertEquals(Double.POSITIVE_INFINITY, v);
        assertTrue(DistanceStrips.of(i -> i == 3, 4, 5, 30, 30, 2).hasFeature());
        assertThrows(IllegalArgumentException.class, () -> DistanceStrips.of(i -> false, 4, 5, 30, 30, 0));
        assertThrows(IllegalArgumentException.class, () -> DistanceStrips.of(i -> false, 4, 5, 0, 30, 2));
        assertEquals(16, DistanceStrips.defaultStripRows(10));
        assertEquals(142, DistanceStrips.defaultStripRows(20000));
    }

    /** Runs all strips and gathers the distances into one array, checking that strips tile the rows in order. */
    private static double[] collect(DistanceStrips s, int width, int n) {
        double[] out = new double[n];
        int expectRow = 0;
        while (s.next()) {
            assertEquals(expectRow, s.row0());
            for (int i = s.row0() * width; i < (s.row0() + s.rows()) * width; i++) out[i] = s.distanceM(i);
            expectRow += s.rows();
        }
        assertEquals(n / width, expectRow);
        return out;
    }
}
