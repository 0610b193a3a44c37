package org.dunefront.terrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: Winstral Sx for each wind sector at two scales — a ridge seen from every sector, exact sector
 * permutation under a 90° turn of the DEM, the block-averaged regional scale, and tiled (halo) == untiled
 * for several tile sizes and thread counts.
 */
class SectorShelterOpTest {
    private static final double CELL = 10.0;
    private static final boolean[] ALL8 = all(8);

    private static boolean[] all(int s) {
        boolean[] b = new boolean[s];
        Arrays.fill(b, true);
        return b;
    }

    private static ShelterBySector whole(float[] z, int gw, int gh, SectorShelterParams p, boolean[] compute) {
        Window all = new Window(0, 0, gw, gh);
        return SectorShelterOp.run(HaloReads.read(z, gw, gh, all.expand(p.haloCells(CELL, CELL))), all, CELL, CELL, p, compute);
    }

    @Test
    void ridgeNorthOfACellSheltersItForNortherlySectorsOnly() {
        // An east–west ridge 25 m high on rows 2–4 of a 40 × 30 grid; the test cell is 6 cells (60 m) south of
        // its southern row, in the middle column, with d_max = 100 m.
        int gw = 40, gh = 30, testRow = 10, testCol = 20;
        float[] z = new float[gw * gh];
        for (int r = 2; r <= 4; r++) for (int c = 0; c < gw; c++) z[r * gw + c] = 25;
        SectorShelterParams p = new SectorShelterParams(new ShelterIndexParams(100, 5, 5, 0), 8, 1);
        ShelterBySector sx = whole(z, gw, gh, p, ALL8);
        int i = testRow * gw + testCol;
        // N (0°): the ray hits the ridge's southern row at 60 m: atan(25/60).
        assertEquals(Math.toDegrees(Math.atan(25.0 / 60.0)), sx.sxDeg()[0][i], 1e-4);
        // NE and NW rays cross the ridge obliquely within 100 m: sheltered, less steeply than from the north.
        assertTrue(sx.sxDeg()[1][i] > 0 && sx.sxDeg()[1][i] < sx.sxDeg()[0][i], "NE " + sx.sxDeg()[1][i]);
        assertEquals(sx.sxDeg()[1][i], sx.sxDeg()[7][i], 0, "NE and NW are mirror images");
        // E, SE, S, SW, W look over flat ground: exactly 0 (neither sheltered nor exposed).
        for (int k : new int[] {2, 3, 4, 5, 6}) assertEquals(0f, sx.sxDeg()[k][i], "sector " + k);
        // On the ridge's south slope a south wind sees lower ground upwind: exposed (Sx < 0).
        assertTrue(sx.sxDeg()[4][4 * gw + testCol] < 0, "windward crest is exposed");
        assertEquals(8, sx.sectors());
        assertEquals(45.0, p.fromDeg(1), 0);
    }

    @Test
    void sectorsAgreeWithTheSingleAzimuthOp() {
        Random rnd = new Random(7);
        int gw = 25, gh = 21;
        float[] z = new float[gw * gh];
        for (int i = 0; i < z.length; i++) z[i] = (float) (50 * rnd.nextDouble());
        ShelterIndexParams scale = new ShelterIndexParams(60, 5, 5, 0);
        SectorShelterParams p = new SectorShelterParams(scale, 16, 1);
        ShelterBySector sx = whole(z, gw, gh, p, all(16));
        Window all = new Window(0, 0, gw, gh);
        for (int k = 0; k < 16; k++) {
            RasterBlock.Floats one = ShelterIndexOp.run(HaloReads.read(z, gw, gh, all.expand(scale.haloCells(CELL, CELL))), all, CELL, CELL,
                    k * 22.5, scale);
            assertArrayEquals(one.data(), sx.sxDeg()[k], "sector " + k);
        }
    }

    @Test
    void turningTheDemBy90DegreesPermutesTheSectorsExactly() {
        Random rnd = new Random(11);
        int gw = 23, gh = 17;
        float[] z = new float[gw * gh];
        for (int i = 0; i < z.length; i++) z[i] = (float) (80 * rnd.nextDouble());
        z[5 * gw + 7] = Float.NaN; // a nodata cell turns with the grid
        // Clockwise turn: old (c, r) → new (gh − 1 − r, c); the new grid is gh wide and gw high.
        float[] t = new float[z.length];
        for (int r = 0; r < gh; r++) for (int c = 0; c < gw; c++) t[c * gh + (gh - 1 - r)] = z[r * gw + c];
        for (int s : new int[] {4, 8, 16}) {
            // Samples every 7 m with a 2.5° fan: most samples fall between cell centres (bilinear).
            SectorShelterParams p = new SectorShelterParams(new ShelterIndexParams(57, 5, 2.5, 7), s, 1);
            ShelterBySector a = whole(z, gw, gh, p, all(s)), b = whole(t, gh, gw, p, all(s));
            for (int k = 0; k < s; k++) {
                float[] turned = new float[z.length];
                for (int r = 0; r < gh; r++) for (int c = 0; c < gw; c++) turned[c * gh + (gh - 1 - r)] = a.sxDeg()[k][r * gw + c];
                // Wind from k·360/S over the old grid is wind from k·360/S + 90° over the turned one.
                assertArrayEquals(turned, b.sxDeg()[(k + s / 4) % s], "S = " + s + ", sector " + k);
            }
        }
    }

    @Test
    void theSteepestTangentItselfIsRotationExactNotOnlyTheRoundedDegrees() {
        // The float degrees could hide double-precision differences; compare the double max tan per cell.
        Random rnd = new Random(5);
        int gw = 19, gh = 14;
        float[] z = new float[gw * gh];
        for (int i = 0; i < z.length; i++) z[i] = (float) (60 * rnd.nextDouble());
        float[] t = new float[z.length];
        for (int r = 0; r < gh; r++) for (int c = 0; c < gw; c++) t[c * gh + (gh - 1 - r)] = z[r * gw + c];
        ShelterIndexParams scale = new ShelterIndexParams(43, 7.5, 2.5, 6.5);
        int halo = scale.haloCells(CELL, CELL);
        Window a = new Window(0, 0, gw, gh).expand(halo), b = new Window(0, 0, gh, gw).expand(halo);
        double[] za = ShelterIndexOp.toDoubles(HaloReads.read(z, gw, gh, a)), zb = ShelterIndexOp.toDoubles(HaloReads.read(t, gh, gw, b));
        for (int k = 0; k < 16; k++) {
            ShelterRays ra = ShelterRays.of(k * 22.5, scale, CELL, CELL), rb = ShelterRays.of(k * 22.5 + 90, scale, CELL, CELL);
            for (int r = 0; r < gh; r++) {
                for (int c = 0; c < gw; c++) {
                    int nc = gh - 1 - r, nr = c;
                    double ta = ra.maxTan(za, a.width(), c + halo, r + halo, z[r * gw + c]);
                    double tb = rb.maxTan(zb, b.width(), nc + halo, nr + halo, t[nr * gh + nc]);
                    assertEquals(Double.doubleToLongBits(ta), Double.doubleToLongBits(tb), "sector " + k + " cell " + c + "," + r);
                }
            }
        }
    }

    @Test
    void regionalScaleUsesTheBlockAveragedDem() {
        // Blocks of 4 × 4 cells (40 m). Block row 0 (rows 0–3) is a 40 m plateau, everything else flat at 0.
        int gw = 32, gh = 32;
        float[] z = new float[gw * gh];
        for (int r = 0; r < 4; r++) for (int c = 0; c < gw; c++) z[r * gw + c] = 40;
        SectorShelterParams p = new SectorShelterParams(new ShelterIndexParams(200, 5, 5, 0), 4, 4);
        assertEquals((new ShelterIndexParams(200, 5, 5, 0).haloCells(40, 40) + 1) * 4, p.haloCells(CELL, CELL));
        ShelterBySector sx = whole(z, gw, gh, p, all(4));
        // Every fine cell of block row 2 (rows 8–11) is 2 blocks = 80 m south of the plateau block: atan(40/80).
        for (int r = 8; r < 12; r++) {
            for (int c = 0; c < gw; c++) assertEquals(Math.toDegrees(Math.atan(0.5)), sx.sxDeg()[0][r * gw + c], 1e-4);
        }
        // Beyond d_max (block row 6 is 240 m away) flat: 0; wind from the south: 0 behind the plateau.
        assertEquals(0f, sx.sxDeg()[0][25 * gw + 5]);
        assertEquals(0f, sx.sxDeg()[2][10 * gw + 5]);
    }

    @Test
    void tiledWithHaloEqualsUntiledForAnyTileSizeAndThreadCount() {
        Random rnd = new Random(42);
        int gw = 45, gh = 38;
        float[] z = new float[gw * gh];
        for (int i = 0; i < z.length; i++) z[i] = (float) (100 * rnd.nextDouble());
        boolean[] some = {true, false, true, true, false, true, true, true};
        for (SectorShelterParams p : new SectorShelterParams[] {
                new SectorShelterParams(new ShelterIndexParams(57, 5, 2.5, 7), 8, 1),   // local scale
                new SectorShelterParams(new ShelterIndexParams(120, 5, 5, 0), 8, 3)}) { // regional, blocks of 3
            ShelterBySector ref = whole(z, gw, gh, p, some);
            assertNull(ref.sxDeg()[1], "sector not asked for is not computed");
            for (int threads : new int[] {1, 2}) {
                for (int ts : new int[] {7, 16, 64}) {
                    float[][] out = new float[8][];
                    for (int k = 0; k < 8; k++) if (some[k]) out[k] = new float[gw * gh];
                    int halo = p.haloCells(CELL, CELL);
                    try (TiledExecutor exec = new TiledExecutor(threads)) {
                        exec.run(new TileScheme(gw, gh, ts, ts), tile -> {
                            ShelterBySector s = SectorShelterOp.run(HaloReads.read(z, gw, gh, tile.expand(halo)), tile, CELL, CELL, p, some);
                            for (int k = 0; k < 8; k++) {
                                if (out[k] == null) continue;
                                for (int r = 0; r < tile.height(); r++) {
                                    System.arraycopy(s.sxDeg()[k], r * tile.width(), out[k], (tile.row() + r) * gw + tile.col(), tile.width());
                                }
                            }
                        }, ProgressListener.NONE, "sx");
                    }
                    for (int k = 0; k < 8; k++) {
                        if (some[k]) assertArrayEquals(ref.sxDeg()[k], out[k], p.blockCells() + " " + threads + " threads, tile " + ts);
                    }
                }
            }
        }
    }

    @Test
    void invalidParametersAndHalosAreRejected() {
        ShelterIndexParams scale = ShelterIndexParams.local();
        assertThrows(IllegalArgumentException.class, () -> new SectorShelterParams(scale, 6, 1));
        assertThrows(IllegalArgumentException.class, () -> new SectorShelterParams(scale, 8, 0));
        SectorShelterParams p = new SectorShelterParams(new ShelterIndexParams(50, 5, 5, 0), 4, 1);
        Window out = new Window(0, 0, 10, 10);
        float[] z = new float[100];
        assertThrows(IllegalArgumentException.class,
                () -> SectorShelterOp.run(HaloReads.read(z, 10, 10, out.expand(2)), out, CELL, CELL, p, all(4)));
        assertThrows(IllegalArgumentException.class,
                () -> SectorShelterOp.run(HaloReads.read(z, 10, 10, out.expand(10)), out, CELL, CELL, p, all(8)));
    }
}
