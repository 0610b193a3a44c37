package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dunefront.grid.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * science.md §6: a desert edge advances at v_f ≈ q_n / (ρb h_f). On a 30 m grid the 2 m edge cannot
 * resolve a 15° lee face (tan 15° · 30 m = 8 m), so this exercises the sub-grid slip-face rule.
 */
class FrontAdvanceTest {

    @Test
    void desertEdgeOnACoarseGridAdvancesAtFluxOverEdgeThickness() {
        int w = 60, h = 3, n = w * h;
        double cell = 30, q = 20, edge = 2; // m³/m/yr of deposit, m
        byte[] codes = TransportFixtures.codes(n, SurfaceClass.ERODIBLE);
        for (int r = 0; r < h; r++) for (int c = 0; c < 20; c++) codes[r * w + c] = (byte) SurfaceClass.MOBILE_SAND.ordinal();
        SandTransportInput in = SandTransportInput.builder(w, h, cell, cell)
                .surface(codes, TransportFixtures.LOOKUP).potentialFlux(FluxField.uniform(n, q, 0)).build();
        TransportParams p = TransportParams.builder().horizonYears(30).initialSandThicknessM(edge).build();
        SandTransportResult res = SandTransportOp.run(in, p, ProgressListener.NONE);
        double vf = q / edge; // 10 m/yr
        FrontStats end = res.frontByYear().get(30);
        assertEquals(vf * 30, end.medianAdvanceM(), cell, "advance after 30 years within one cell");
        assertEquals(vf, res.summary().medianFrontAdvanceMPerYr(), cell / 30);
        // The edge stays a sand body: no thin sheet has run ahead of it.
        for (int c = 20 + 11 + 1; c < w; c++) assertEquals(0f, res.thicknessM()[w + c], "cell " + c);
        // Farther cells are reached later: arrival time grows by cell / v_f = 3 years per cell.
        float t1 = res.firstArrivalYear()[w + 22], t2 = res.firstArrivalYear()[w + 27];
        assertEquals(5 * cell / vf, t2 - t1, 0.5);
        assertTrue(res.summary().massBudget().outflowM3() == 0);
    }
}
