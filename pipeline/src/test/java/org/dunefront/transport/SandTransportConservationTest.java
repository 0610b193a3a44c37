package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.dunefront.grid.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** science.md §7 T9: mass conservation (the AeoLiS issue #100 mass-loss bug must not happen here). */
class SandTransportConservationTest {

    @ParameterizedTest(name = "wind seed {0}")
    @ValueSource(ints = {1, 2, 3})
    void t9_closedPeriodicDomainKeepsTotalSandToRoundOffOverThousandsOfSteps(int seed) {
        Random rnd = new Random(seed);
        int w = 24, h = 20, n = w * h;
        double dir = rnd.nextDouble() * 2 * Math.PI;
        float[] qx = new float[n], qy = new float[n];
        for (int i = 0; i < n; i++) { // "any wind": a random direction plus random local perturbations
            double m = 5 + 20 * rnd.nextDouble(), d = dir + 0.8 * (rnd.nextDouble() - 0.5);
            qx[i] = (float) (m * Math.sin(d));
            qy[i] = (float) (m * Math.cos(d));
        }
        byte[] codes = new byte[n];
        for (int i = 0; i < n; i++) codes[i] = (byte) rnd.nextInt(3); // mobile, erodible, gobi
        SandTransportInput in = SandTransportInput.builder(w, h, 10, 10)
                .surface(codes, TransportFixtures.LOOKUP)
                .potentialFlux(new FluxField(qx, qy))
                .vegetationCoverFraction(TransportFixtures.randomFloats(rnd, n, 0, 0.15))
                .initialThicknessM(TransportFixtures.randomFloats(rnd, n, 0, 3))
                .bedElevationM(TransportFixtures.randomFloats(rnd, n, 0, 5))
                .build();
        TransportParams p = TransportParams.builder().boundary(BoundaryCondition.PERIODIC).horizonYears(90).build();
        SandTransportResult res = SandTransportOp.run(in, p, ProgressListener.NONE);
        int steps = 90 * 12 * res.summary().subStepsPerStep();
        assertTrue(steps >= 1000, "steps " + steps);
        MassBudget b = res.summary().massBudget();
        double initial = TransportFixtures.total(in.initialThicknessM()) * 100;
        assertEquals(initial, b.initialM3(), initial * 1e-12);
        assertEquals(0.0, b.outflowM3(), 0);
        assertEquals(0.0, b.sunkM3(), 0);
        assertEquals(0.0, b.relativeError(), 1e-12, "final " + b.finalM3() + " vs initial " + b.initialM3());
        // Sand actually moved (the test could fail): the thickness field changed a lot.
        double moved = 0;
        for (float v : res.netChangeM()) moved += Math.abs(v);
        assertTrue(moved > 10, "moved " + moved);
        for (float v : res.thicknessM()) assertTrue(v >= 0);
    }

    @Test
    void openBoundaryAndSinksCloseTheMassBudget() {
        Random rnd = new Random(7);
        int w = 16, h = 12, n = w * h;
        byte[] codes = new byte[n];
        for (int i = 0; i < n; i++) codes[i] = (byte) (rnd.nextInt(10) == 0 ? SurfaceClass.SINK.ordinal() : rnd.nextInt(2));
        SandTransportInput in = SandTransportInput.builder(w, h, 5, 5)
                .surface(codes, TransportFixtures.LOOKUP)
                .potentialFlux(FluxField.uniform(n, 6, -2))
                .build();
        TransportParams p = TransportParams.builder().horizonYears(5).build();
        MassBudget b = SandTransportOp.run(in, p, ProgressListener.NONE).summary().massBudget();
        assertTrue(b.outflowM3() > 0);
        assertTrue(b.sunkM3() > 0);
        assertEquals(0.0, b.relativeError(), 1e-12);
    }
}
