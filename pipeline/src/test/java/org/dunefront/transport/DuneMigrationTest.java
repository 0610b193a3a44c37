package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dunefront.grid.ProgressListener;
import org.dunefront.wind.BedType;
import org.dunefront.wind.SedimentParams;
import org.dunefront.wind.TransportLaw;
import org.dunefront.wind.WindRegimeOp;
import org.junit.jupiter.api.Test;

/** science.md §7 T11: a single dune under uniform wind moves downwind at Bagnold's c = q/(ρb H). */
class DuneMigrationTest {

    private static double centroid(float[] h) {
        double m = 0, mx = 0;
        for (int i = 0; i < h.length; i++) {
            m += h[i];
            mx += h[i] * (i + 0.5);
        }
        return mx / m;
    }

    @Test
    void t11_singleDuneMovesAtBagnoldCelerity() {
        SedimentParams s = SedimentParams.defaults();
        double qKgPerMS = TransportLaw.DURAN_KOK.fluxKgPerMS(0.25, s.thresholdShearVelocityMps(), BedType.ERODIBLE_SAND, s);
        double qBulk = qKgPerMS * WindRegimeOp.SECONDS_PER_YEAR / s.bulkDensityKgM3(); // m³/m/yr of deposit
        double duneHeight = 2.0, cell = 1.0;
        double celerity = qKgPerMS * WindRegimeOp.SECONDS_PER_YEAR / (s.bulkDensityKgM3() * duneHeight); // m/yr
        assertTrue(celerity > 20 && celerity < 60, "celerity " + celerity);

        int w = 200, n = w;
        float[] h0 = new float[n];
        for (int c = 20; c < 40; c++) h0[c] = (float) duneHeight;
        byte[] codes = TransportFixtures.codes(n, SurfaceClass.ERODIBLE);
        for (int c = 20; c < 40; c++) codes[c] = (byte) SurfaceClass.MOBILE_SAND.ordinal();
        SandTransportInput in = SandTransportInput.builder(w, 1, cell, cell)
                .surface(codes, TransportFixtures.LOOKUP)
                .potentialFlux(FluxField.uniform(n, qBulk, 0)) // wind from the west, sand toward the east
                .initialThicknessM(h0)
                .build();
        TransportParams p = TransportParams.builder().boundary(BoundaryCondition.PERIODIC).horizonYears(2)
                .initialSandThicknessM(duneHeight).duneHeightM(duneHeight).build();
        SandTransportResult res = SandTransportOp.run(in, p, ProgressListener.NONE);

        double moved = (centroid(res.thicknessM()) - centroid(h0)) * cell;
        // Grid error bound is one cell; the slip-face rule keeps the dune's height, so the measured
        // displacement is in fact within float round-off of c·T (72.1794 m).
        assertEquals(celerity * 2, moved, 0.01 * cell, "displacement after 2 years");
        // It moved as a dune: its crest height is kept, and the body did not smear into a sheet.
        float max = 0;
        int covered = 0;
        for (float v : res.thicknessM()) {
            max = Math.max(max, v);
            if (v > 0.05) covered++;
        }
        assertTrue(max > 0.95 * duneHeight, "crest " + max);
        assertTrue(covered <= 22, "dune length " + covered + " cells (was 20)");
        // The reported celerity on mobile-sand cells is the same formula.
        assertEquals(celerity, res.duneCelerityMPerYr()[25], celerity * 1e-6);
        assertEquals(celerity, res.summary().medianDuneCelerityMPerYr(), celerity * 1e-6);
    }
}
