package org.dunefront.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/** Horn (1981) slope and aspect on planes whose answer is known. */
class SlopeAspectOpTest {

    private static RasterBlock.Floats plane(Window w, double dzEastPerM, double dzNorthPerM, double cell) {
        float[] a = new float[(int) w.cellCount()];
        for (int r = 0; r < w.height(); r++) {
            for (int c = 0; c < w.width(); c++) {
                double x = (w.col() + c) * cell, y = -(w.row() + r) * cell; // rows go south
                a[r * w.width() + c] = (float) (500 + dzEastPerM * x + dzNorthPerM * y);
            }
        }
        return new RasterBlock.Floats(w, NoData.NAN, a);
    }

    @Test
    void planeRisingEastwardFacesWest() {
        Window out = new Window(0, 0, 5, 4);
        SlopeAspect sa = SlopeAspectOp.run(plane(out.expand(1), 0.1, 0, 30), out, 30, 30);
        assertEquals(Math.toDegrees(Math.atan(0.1)), sa.slopeDeg().get(2, 2), 1e-4);
        assertEquals(270.0, sa.aspectDeg().get(2, 2), 1e-4);
    }

    @Test
    void planeRisingNorthwardFacesSouthAndDiagonalPlaneFacesSouthWest() {
        Window out = new Window(0, 0, 5, 4);
        SlopeAspect sa = SlopeAspectOp.run(plane(out.expand(1), 0, 0.2, 10), out, 10, 10);
        assertEquals(Math.toDegrees(Math.atan(0.2)), sa.slopeDeg().get(1, 1), 1e-4);
        assertEquals(180.0, sa.aspectDeg().get(1, 1), 1e-4);
        SlopeAspect diag = SlopeAspectOp.run(plane(out.expand(1), 0.1, 0.1, 10), out, 10, 10);
        assertEquals(225.0, diag.aspectDeg().get(3, 2), 1e-4);
        assertEquals(Math.toDegrees(Math.atan(Math.hypot(0.1, 0.1))), diag.slopeDeg().get(3, 2), 1e-4);
    }

    @Test
    void flatIsZeroSlopeAndNaNAspectAndNodataPropagates() {
        Window out = new Window(0, 0, 3, 3);
        RasterBlock.Floats flat = plane(out.expand(1), 0, 0, 10);
        flat.set(0, 0, Double.NaN); // the halo corner next to cell (0, 0)
        SlopeAspect sa = SlopeAspectOp.run(flat, out, 10, 10);
        assertEquals(0.0, sa.slopeDeg().get(1, 1), 0);
        assertTrue(Double.isNaN(sa.aspectDeg().get(1, 1)));
        assertTrue(Double.isNaN(sa.slopeDeg().get(0, 0)));
    }

    /** The single-output entry points give exactly the cells of {@code run}, nodata included. */
    @Test
    void slopeOnlyAndAspectOnlyEqualRun() {
        java.util.Random rnd = new java.util.Random(3);
        Window out = new Window(2, 3, 17, 11);
        Window in = out.expand(1);
        float[] z = new float[(int) in.cellCount()];
        for (int i = 0; i < z.length; i++) z[i] = rnd.nextInt(20) == 0 ? -9999f : 1400f + 30f * rnd.nextFloat();
        RasterBlock.Floats dem = new RasterBlock.Floats(in, NoData.of(-9999), z);
        SlopeAspect both = SlopeAspectOp.run(dem, out, 30, 25);
        RasterBlock.Floats slope = SlopeAspectOp.slopeDeg(dem, out, 30, 25), aspect = SlopeAspectOp.aspectDeg(dem, out, 30, 25);
        int nan = 0;
        for (int i = 0; i < slope.data().length; i++) {
            assertEquals(Float.floatToIntBits(both.slopeDeg().data()[i]), Float.floatToIntBits(slope.data()[i]), "slope " + i);
            assertEquals(Float.floatToIntBits(both.aspectDeg().data()[i]), Float.floatToIntBits(aspect.data()[i]), "aspect " + i);
            if (Float.isNaN(slope.data()[i])) nan++;
        }
        assertTrue(nan > 0 && nan < slope.data().length, "the case mixes nodata and valid cells");
    }
}
