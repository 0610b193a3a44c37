package org.dunefront.wind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/**
 * The separable construction of the bilinear weights (per fine column and row) against the per-cell definition
 * kept as {@link DownscaleWeights#perCell}: every corner index and the bits of every weight equal.
 */
class DownscaleWeightsTest {

    private static void assertSameWeights(DownscaleWeights expected, DownscaleWeights actual, String what) {
        int n = Math.toIntExact(4 * expected.fineWindow().cellCount());
        for (int k = 0; k < n; k++) {
            assertEquals(expected.corner(k), actual.corner(k), what + " corner " + k);
            assertEquals(Double.doubleToRawLongBits(expected.weight(k)), Double.doubleToRawLongBits(actual.weight(k)),
                    what + " weight " + k + ": " + expected.weight(k) + " vs " + actual.weight(k));
        }
    }

    @Test
    void separableWeightsHaveTheBitsOfThePerCellDefinition() {
        Random rnd = new Random(20261128);
        for (int trial = 0; trial < 300; trial++) {
            // Coarse cells 3–40 fine cells wide, origins with fractions of a cell (and negative, and zero) so that
            // fine centres fall on, between and beyond the coarse centres; south-up grids too.
            double fineCell = trial % 5 == 0 ? 30 : 1 + rnd.nextDouble() * 200;
            double coarseCell = fineCell * (3 + rnd.nextInt(38)) * (trial % 7 == 0 ? 1 : 1 + rnd.nextDouble() * 0.1);
            double ox = trial % 11 == 0 ? 0 : (rnd.nextDouble() - 0.5) * 1e6;
            double oy = trial % 13 == 0 ? 0 : (rnd.nextDouble() - 0.3) * 4e6;
            double fineH = trial % 17 == 0 ? fineCell : -fineCell;
            GeoTransform fine = new GeoTransform(ox, fineCell, 0, oy, 0, fineH);
            double cx = ox + (rnd.nextDouble() - 0.6) * coarseCell * 2, cy = oy + (rnd.nextDouble() - 0.4) * coarseCell * 2;
            GeoTransform coarse = new GeoTransform(cx, coarseCell, 0, cy, 0, fineH < 0 ? -coarseCell : coarseCell);
            Window coarseWindow = new Window(rnd.nextInt(3), rnd.nextInt(3), 1 + rnd.nextInt(8), 1 + rnd.nextInt(8));
            Window fineWindow = new Window(rnd.nextInt(400), rnd.nextInt(400), 1 + rnd.nextInt(70), 1 + rnd.nextInt(70));
            DownscaleWeights expected = DownscaleWeights.perCell(coarseWindow, coarse, fine, fineWindow);
            assertSameWeights(expected, DownscaleWeights.separable(coarseWindow, coarse, fine, fineWindow), "trial " + trial);
            assertSameWeights(expected, DownscaleWeights.of(coarseWindow, coarse, fine, fineWindow), "of, trial " + trial);
        }
    }

    @Test
    void weightsAreBilinearByHand() {
        // Coarse centres at x = 500, 1500 (row 0 at y = 1500, row 1 at y = 500); fine cell (3, 5) of 250 m has its
        // centre at x = 875, y = 625: tx = 0.375, ty = 0.875.
        GeoTransform coarse = GeoTransform.northUp(0, 2000, 1000, 1000);
        GeoTransform fine = GeoTransform.northUp(0, 2000, 250, 250);
        DownscaleWeights w = DownscaleWeights.of(new Window(0, 0, 2, 2), coarse, fine, new Window(3, 5, 1, 1));
        assertEquals(0, w.corner(0));
        assertEquals(1, w.corner(1));
        assertEquals(2, w.corner(2));
        assertEquals(3, w.corner(3));
        assertEquals(0.625 * 0.125, w.weight(0), 0);
        assertEquals(0.375 * 0.125, w.weight(1), 0);
        assertEquals(0.625 * 0.875, w.weight(2), 0);
        assertEquals(0.375 * 0.875, w.weight(3), 0);
        // Beyond the outer centres the position is clamped: fine (0, 0) centre (125, 1875) → coarse corner 0 only.
        DownscaleWeights edge = DownscaleWeights.of(new Window(0, 0, 2, 2), coarse, fine, new Window(0, 0, 1, 1));
        assertEquals(1.0, edge.weight(0), 0);
        assertEquals(0.0, edge.weight(1) + edge.weight(2) + edge.weight(3), 0);
    }

    @Test
    void rotatedGridsUseThePerCellDefinition() {
        GeoTransform coarse = new GeoTransform(0, 1000, 120, 2000, 80, -1000);
        GeoTransform fine = GeoTransform.northUp(0, 2000, 250, 250);
        Window cw = new Window(0, 0, 3, 3), fw = new Window(2, 1, 9, 7);
        assertSameWeights(DownscaleWeights.perCell(cw, coarse, fine, fw), DownscaleWeights.of(cw, coarse, fine, fw), "rotated");
    }

    @Test
    void applyAllGivesEachLayerTheBitsOfApply() {
        Random rnd = new Random(5);
        Window cw = new Window(0, 0, 6, 5);
        GeoTransform coarse = GeoTransform.northUp(0, 5000, 1000, 1000), fine = GeoTransform.northUp(-200, 5300, 70, 70);
        DownscaleWeights w = DownscaleWeights.of(cw, coarse, fine, new Window(1, 2, 90, 83));
        float[][] layers = new float[6][30], out = new float[6][90 * 83];
        for (float[] l : layers) {
            for (int i = 0; i < l.length; i++) l[i] = rnd.nextInt(5) == 0 ? Float.NaN : (float) ((rnd.nextDouble() - 0.5) * 1e3);
        }
        layers[2][7] = -0.0f;
        w.applyAll(layers, out);
        for (int l = 0; l < layers.length; l++) {
            float[] expected = w.apply(layers[l]);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(out[l][i]), "layer " + l + " cell " + i);
            }
        }
    }
}
