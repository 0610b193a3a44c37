package org.dunefront.terrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/** science.md §7 T8: Winstral Sx analytic cases, plus tiling exactness. */
class ShelterIndexOpTest {
    private static final double CELL = 10.0;
    private static final ShelterIndexParams P = new ShelterIndexParams(100, 5, 5, 0);

    /** A DEM block over {@code w}, NaN outside the grid {@code [0, gw) × [0, gh)} (like a halo read). */
    private static RasterBlock.Floats dem(Window w, int gw, int gh, java.util.function.IntBinaryOperator z) {
        float[] a = new float[(int) w.cellCount()];
        for (int r = 0; r < w.height(); r++) {
            for (int c = 0; c < w.width(); c++) {
                int gc = w.col() + c, gr = w.row() + r;
                a[r * w.width() + c] = gc < 0 || gr < 0 || gc >= gw || gr >= gh ? Float.NaN : z.applyAsInt(gc, gr);
            }
        }
        return new RasterBlock.Floats(w, NoData.NAN, a);
    }

    @Test
    void t8_flatDemGivesZero() {
        Window out = new Window(0, 0, 30, 30);
        int halo = P.haloCells(CELL, CELL);
        assertEquals(11, halo);
        RasterBlock.Floats sx = ShelterIndexOp.run(dem(out.expand(halo), 30, 30, (c, r) -> 1234), out, CELL, CELL, 290, P);
        // Wind from 290° looks west-north-west: cells with upwind terrain inside the grid are exactly 0.
        for (int r = 1; r < 30; r++) {
            for (int c = 1; c < 30; c++) assertEquals(0.0, sx.get(c, r), 0, "cell " + c + "," + r);
        }
        assertTrue(Double.isNaN(sx.get(0, 0)), "no upwind terrain at the corner");
    }

    @Test
    void t8_ridgeOfHeightHAtDistanceDUpwindGivesAtanHOverD() {
        // Wind from the west (270°): a north–south ridge 3 cells wide, 25 m high, whose nearest cell
        // centre is 6 cells (60 m) west of the test column.
        int ridgeCol = 4, testCol = 10;
        Window out = new Window(0, 0, 30, 20);
        RasterBlock.Floats d = dem(out.expand(P.haloCells(CELL, CELL)), 30, 20,
                (c, r) -> c >= ridgeCol - 2 && c <= ridgeCol ? 25 : 0);
        RasterBlock.Floats sx = ShelterIndexOp.run(d, out, CELL, CELL, 270, P);
        double expected = Math.toDegrees(Math.atan(25.0 / 60.0));
        for (int r = 0; r < 20; r++) assertEquals(expected, sx.get(testCol, r), 1e-4, "row " + r);
        // Beyond d_max (100 m) the ridge is not seen: 12 cells away → flat → 0.
        assertEquals(0.0, sx.get(ridgeCol + 11, 5), 1e-6);
        // Upwind of the ridge the terrain is flat: 0; at the upwind grid edge there is nothing to see: NaN.
        assertEquals(0.0, sx.get(1, 5), 1e-6);
        assertTrue(Double.isNaN(sx.get(0, 5)));
        // The ridge crest itself is exposed (negative Sx: terrain upwind is lower).
        assertTrue(sx.get(ridgeCol - 2, 5) < 0);
    }

    @Test
    void t8_windFromTheOppositeSideSeesNoShelter() {
        Window out = new Window(0, 0, 30, 20);
        RasterBlock.Floats d = dem(out.expand(P.haloCells(CELL, CELL)), 30, 20, (c, r) -> c >= 2 && c <= 4 ? 25 : 0);
        RasterBlock.Floats sx = ShelterIndexOp.run(d, out, CELL, CELL, 90, P); // wind from the east
        assertEquals(0.0, sx.get(10, 5), 1e-6);
    }

    @Test
    void tiledEqualsUntiledOnRandomTerrain() {
        Random rnd = new Random(42);
        int gw = 40, gh = 33;
        float[] z = new float[gw * gh];
        for (int i = 0; i < z.length; i++) z[i] = (float) (100 * rnd.nextDouble());
        ShelterIndexParams p = new ShelterIndexParams(57, 5, 2.5, 7);
        int halo = p.haloCells(CELL, CELL);
        Window whole = new Window(0, 0, gw, gh);
        RasterBlock.Floats all = ShelterIndexOp.run(HaloReads.read(z, gw, gh, whole.expand(halo)), whole, CELL, CELL, 123, p);
        for (int ts : new int[] {7, 16}) {
            for (int r0 = 0; r0 < gh; r0 += ts) {
                for (int c0 = 0; c0 < gw; c0 += ts) {
                    Window t = new Window(c0, r0, Math.min(ts, gw - c0), Math.min(ts, gh - r0));
                    RasterBlock.Floats part = ShelterIndexOp.run(HaloReads.read(z, gw, gh, t.expand(halo)), t, CELL, CELL, 123, p);
                    assertArrayEquals(((RasterBlock.Floats) all.crop(t)).data(), part.data(), "tile " + t);
                }
            }
        }
    }

    @Test
    void tooSmallHaloIsRejected() {
        Window out = new Window(0, 0, 10, 10);
        assertThrows(IllegalArgumentException.class,
                () -> ShelterIndexOp.run(dem(out.expand(3), 10, 10, (c, r) -> 0), out, CELL, CELL, 0, P));
        assertThrows(IllegalArgumentException.class, () -> new ShelterIndexParams(0, 5, 5, 0));
    }
}
