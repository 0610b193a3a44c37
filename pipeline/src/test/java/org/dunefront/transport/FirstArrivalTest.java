package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dunefront.grid.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * First arrival and asset exposure on a 1-D channel, computed by hand. Cells are 10 m; the capacity
 * 12 m³/m/yr moves 12·(1/12)/10 = 0.1 m of thickness per monthly step. Cell 0 holds 2 m of sand and
 * feeds 0.1 m per step for 20 steps; a thin sheet advances one cell per step over the erodible cells
 * 1–7 and is trapped by the settlement at cell 8, so cells 9–11 are never reached.
 */
class FirstArrivalTest {

    @Test
    void oneDimensionalChannelByHand() {
        int n = 12;
        byte[] codes = TransportFixtures.codes(n, SurfaceClass.ERODIBLE);
        codes[0] = (byte) SurfaceClass.MOBILE_SAND.ordinal();
        byte[] assets = new byte[n];
        for (int c = 8; c < n; c++) {
            codes[c] = (byte) SurfaceClass.ASSET_TRAP.ordinal();
            assets[c] = 1;
        }
        SandTransportInput in = SandTransportInput.builder(n, 1, 10, 10)
                .surface(codes, TransportFixtures.LOOKUP)
                .potentialFlux(FluxField.uniform(n, 12, 0))
                .assets(assets, List.of("settlement"))
                .build();
        TransportParams p = TransportParams.builder().horizonYears(3).initialSandThicknessM(2)
                .shadowAngleDeg(90) // no slip-face rule: a pure sheet, easy to follow by hand
                .build();
        SandTransportResult res = SandTransportOp.run(in, p, ProgressListener.NONE);
        assertEquals(1, res.summary().subStepsPerStep(), "CFL: 0.1 m per step ≤ 0.5 · 2 m");
        assertEquals(0f, res.firstArrivalYear()[0]);
        for (int c = 1; c <= 8; c++) assertEquals(c / 12.0, res.firstArrivalYear()[c], 1e-6, "cell " + c);
        for (int c = 9; c < n; c++) assertTrue(Float.isNaN(res.firstArrivalYear()[c]), "cell " + c);

        AssetExposure settlement = res.summary().assets().get(0);
        // Cell 8 receives 0.1 m × 100 m² = 10 m³ in steps 8–27: 5 steps in year 1, 12 in year 2, 3 in year 3.
        assertEquals(50.0, settlement.volumeM3ByYear()[0], 1e-3);
        assertEquals(120.0, settlement.volumeM3ByYear()[1], 1e-3);
        assertEquals(30.0, settlement.volumeM3ByYear()[2], 1e-3);
        assertEquals(200.0, settlement.totalVolumeM3(), 1e-3);
        assertEquals(8 / 12.0, settlement.firstArrivalYear(), 1e-6);
        assertEquals(0.01, settlement.hectaresReachedWithinYears().get(3), 1e-12);
        assertEquals(2.0, res.thicknessM()[8], 1e-6, "all sand ends in the trap");
        assertEquals(0.0, res.summary().massBudget().relativeError(), 1e-12);
        // Advance rate of the reached cells: distance 10·c m over c/12 yr = 120 m/yr.
        assertEquals(120.0, res.frontAdvanceRateMPerYr()[5], 1e-3);
    }
}
