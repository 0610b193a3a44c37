package org.dunefront.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FluxVectorFigureTest {
    private static final int MARGIN = 44;

    /** Dark (arrow) pixels of the map area in the four half-planes around the map centre: {left, right, top, bottom}. */
    private static int[] darkHalves(float qx, float qy) {
        int n = 64;
        float[] x = new float[n], y = new float[n];
        Arrays.fill(x, qx);
        Arrays.fill(y, qy);
        var req = new FluxVectorFigure.Request(8, 8, new int[n], null, x, y, 30, "t");
        BufferedImage img = FluxVectorFigure.render(req, 160, 8);
        assertEquals(160 + 2 * MARGIN, img.getWidth());
        int[] h = new int[4];
        int cx = MARGIN + 80, cy = MARGIN + 80;
        for (int py = MARGIN + 1; py < MARGIN + 160; py++) {
            for (int px = MARGIN + 1; px < MARGIN + 160; px++) {
                int rgb = img.getRGB(px, py) & 0xFFFFFF;
                if (((rgb >> 16) & 0xFF) > 128) continue;
                if (px < cx) h[0]++; else if (px > cx) h[1]++;
                if (py < cy) h[2]++; else if (py > cy) h[3]++;
            }
        }
        return h;
    }

    @Test
    void eastwardFluxPutsTheArrowHeadOnTheRight() {
        int[] h = darkHalves(5, 0);
        assertTrue(h[1] > h[0] * 1.3, Arrays.toString(h));
    }

    @Test
    void northwardFluxPointsUpTheImage() {
        int[] h = darkHalves(0, 5);
        assertTrue(h[2] > h[3] * 1.3, Arrays.toString(h));
    }

    @Test
    void noFluxDrawsNoArrowAndBadSizesAreRejected() {
        int[] h = darkHalves(0, 0);
        assertEquals(0, h[0] + h[1] + h[2] + h[3]);
        assertThrows(IllegalArgumentException.class,
                () -> new FluxVectorFigure.Request(2, 2, new int[3], null, new float[4], new float[4], 30, "t"));
    }
}
