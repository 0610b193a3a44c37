package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.dunefront.terrain.SectorShelterOp;
import org.dunefront.terrain.SectorShelterParams;
import org.dunefront.terrain.ShelterBySector;
import org.dunefront.terrain.ShelterIndexParams;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: lee zones per wind sector. A ridge shelters the cells on its lee side only in the flux periods
 * whose wind blows over it (the sector the potential flux comes FROM).
 */
class SectorShelterCapacityTest {
    private static final TransportParams P = TransportParams.builder().build(); // lee threshold 15°
    private static final int W = 5, H = 8;
    private static final double CELL = 10;

    /** Flat ground with a 10 m ridge on row 1; Sx per sector (S = 8, d_max 30 m) marked above 15°. */
    private static ShelterMask ridgeMask() {
        float[] z = new float[W * H];
        for (int c = 0; c < W; c++) z[W + c] = 10;
        SectorShelterParams p = new SectorShelterParams(new ShelterIndexParams(30, 5, 5, 0), 8, 1);
        Window grid = new Window(0, 0, W, H);
        Window in = grid.expand(p.haloCells(CELL, CELL));
        float[] a = new float[(int) in.cellCount()];
        for (int r = 0; r < in.height(); r++) {
            for (int c = 0; c < in.width(); c++) {
                int gc = in.col() + c, gr = in.row() + r;
                a[r * in.width() + c] = gc < 0 || gr < 0 || gc >= W || gr >= H ? Float.NaN : z[gr * W + gc];
            }
        }
        boolean[] all = {true, true, true, true, true, true, true, true};
        ShelterBySector sx = SectorShelterOp.run(new RasterBlock.Floats(in, NoData.NAN, a), grid, CELL, CELL, p, all);
        // From the north, cells 1, 2 and 3 rows south of the ridge see it at atan(10/10), atan(10/20), atan(10/30).
        assertEquals(45.0, sx.sxDeg()[0][2 * W + 2], 1e-4);
        assertEquals(Math.toDegrees(Math.atan(1 / 3.0)), sx.sxDeg()[0][4 * W + 2], 1e-4);
        ShelterMask.Builder b = ShelterMask.builder(W * H, 8);
        for (int k = 0; k < 8; k++) b.mark(k, sx.sxDeg()[k], P.leeShelterThresholdDeg());
        return b.build();
    }

    @Test
    void aRidgeSheltersItsLeeOnlyWhileTheWindBlowsOverIt() {
        ShelterMask mask = ridgeMask();
        FluxField northWind = FluxField.uniform(W * H, 0, -5); // wind from the north: sand moves south
        FluxField southWind = FluxField.uniform(W * H, 0, 5);
        SandTransportInput in = SandTransportInput.builder(W, H, CELL, CELL)
                .surface(TransportFixtures.codes(W * H, SurfaceClass.MOBILE_SAND), TransportFixtures.LOOKUP)
                .potentialFlux(List.of(northWind, southWind)).shelterBySector(mask).build();
        float[][] north = CapacityFluxOp.compute(in, northWind, P), south = CapacityFluxOp.compute(in, southWind, P);
        for (int r = 0; r < H; r++) {
            for (int c = 0; c < W; c++) {
                int i = r * W + c;
                boolean lee = r >= 2 && r <= 4; // 10, 20, 30 m south of the ridge: 45°, 26.6°, 18.4° > 15°
                assertEquals(lee ? 0f : -5f, north[1][i], "north wind, row " + r);
                // South wind: the ridge is downwind of the northern lee rows, which get full capacity; only row 0,
                // 10 m north of the ridge, is now in its lee.
                assertEquals(r == 0 ? 0f : 5f, south[1][i], "south wind, row " + r);
                assertEquals(0f, north[0][i]);
            }
        }
        // The annual mean is the mean over the two periods: lee rows keep only the south-wind half.
        float[][] annual = CapacityFluxOp.annualMean(in, P);
        assertEquals(2.5f, annual[1][3 * W + 1]);
        assertEquals(0f, annual[1][6 * W + 1]);
    }

    @Test
    void theSectorOfAFluxIsTheDirectionItComesFrom() {
        assertEquals(0, ShelterMask.sectorOf(359.0, 8));
        assertEquals(1, ShelterMask.sectorOf(44.0, 8));
        assertEquals(7, ShelterMask.sectorOf(315.0, 8));
        assertEquals(15, ShelterMask.sectorOf(340.0, 16));
        ShelterMask m = ShelterMask.builder(1, 8).mark(7, new float[] {20}, 15).build();
        assertTrue(m.shelteredFromFlux(0, 3, -3), "flux toward SE comes from the NW (315°)");
        assertFalse(m.shelteredFromFlux(0, -3, 3), "flux toward NW comes from the SE");
        assertFalse(m.shelteredFromFlux(0, 0, 0), "no flux, no direction");
        assertFalse(ShelterMask.builder(1, 8).mark(0, new float[] {Float.NaN}, 15).build().sheltered(0, 0), "NaN never shelters");
        assertThrows(IllegalArgumentException.class, () -> ShelterMask.builder(2, 8).mark(0, new float[3], 15));
        assertThrows(IllegalArgumentException.class, () -> SandTransportInput.builder(2, 2, CELL, CELL)
                .surface(TransportFixtures.codes(4, SurfaceClass.MOBILE_SAND), TransportFixtures.LOOKUP)
                .potentialFlux(FluxField.uniform(4, 1, 1)).shelterBySector(ShelterMask.builder(3, 8).build()).build());
    }
}
