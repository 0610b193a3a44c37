package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The compact factor table gives each cell exactly {@link CapacityFluxOp#reductionFactor} of its class, cover
 * and z0 (bit for bit), with and without the per-cell fallback that more than 65 535 distinct factors force.
 */
class CellFactorsTest {
    private static final TransportParams P = TransportParams.builder().build();

    private static void assertExact(SandTransportInput in, boolean[] trap) {
        SurfaceClass[] cls = in.resolveClasses();
        CellFactors f = CellFactors.of(in, cls, P);
        for (int i = 0; i < in.cellCount(); i++) {
            assertEquals(trap != null && trap[i], f.trap(i), "trap at " + i);
            if (f.trap(i)) continue;
            double expected = CapacityFluxOp.reductionFactor(cls[i], in.vegetationCoverFraction()[i], in.roughnessLengthM()[i], P);
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(f.factor(i)), "factor at " + i);
        }
    }

    @Test
    void aFewClassesShareTableEntries() {
        int n = 64;
        byte[] codes = new byte[n];
        float[] cover = new float[n], z0 = new float[n];
        boolean[] trap = new boolean[n];
        for (int i = 0; i < n; i++) {
            codes[i] = (byte) (i % 3);
            cover[i] = 0.05f * (i % 3);
            z0[i] = i % 3 == 2 ? 1e-3f : 1e-4f;
            trap[i] = i % 7 == 0;
        }
        SandTransportInput in = SandTransportInput.builder(8, 8, 30, 30).surface(codes, TransportFixtures.LOOKUP)
                .potentialFlux(FluxField.uniform(n, 10, 0)).vegetationCoverFraction(cover).roughnessLengthM(z0)
                .interventions(new Interventions(null, null, trap)).build();
        assertExact(in, trap);
    }

    @Test
    void moreThan65535DistinctFactorsFallBackToOnePerCell() {
        int w = 300, h = 240, n = w * h; // 72 000 distinct covers
        byte[] codes = TransportFixtures.codes(n, SurfaceClass.ERODIBLE);
        float[] cover = new float[n], z0 = new float[n];
        for (int i = 0; i < n; i++) {
            cover[i] = 0.15f * i / n;
            z0[i] = 1e-4f;
        }
        SandTransportInput in = SandTransportInput.builder(w, h, 30, 30).surface(codes, TransportFixtures.LOOKUP)
                .potentialFlux(FluxField.uniform(n, 10, 0)).vegetationCoverFraction(cover).roughnessLengthM(z0).build();
        assertExact(in, null);
        float[][] q = CapacityFluxOp.compute(in, FluxField.uniform(n, 10, 0), P);
        assertTrue(q[0][0] > q[0][n - 1], "more cover, less capacity");
    }
}
