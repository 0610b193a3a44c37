package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dunefront.wind.BedType;
import org.dunefront.wind.ShearVelocity;
import org.junit.jupiter.api.Test;

class CapacityFluxOpTest {
    private static final TransportParams P = TransportParams.builder().build();

    @Test
    void bareReferenceSandKeepsThePotentialFlux() {
        assertEquals(1.0, CapacityFluxOp.reductionFactor(SurfaceClass.MOBILE_SAND, 0, 1e-4, P), 0);
        assertEquals(1.0, CapacityFluxOp.reductionFactor(SurfaceClass.ERODIBLE, 0, 1e-4, P), 0);
    }

    @Test
    void sinksAndTrapsHaveNoCapacity() {
        assertEquals(0.0, CapacityFluxOp.reductionFactor(SurfaceClass.SINK, 0, 1e-4, P), 0);
        assertEquals(0.0, CapacityFluxOp.reductionFactor(SurfaceClass.ASSET_TRAP, 0, 1e-4, P), 0);
    }

    @Test
    void vegetationAndRoughnessReduceCapacityAsTheFormulasSay() {
        double ut = P.sediment().thresholdShearVelocityMps();
        double uRef = ShearVelocity.fromWind(9, 10, 1e-4);
        double qRef = P.transportLaw().fluxKgPerMS(uRef, ut, BedType.ERODIBLE_SAND, P.sediment());
        double uVeg = uRef / Math.sqrt(1 + 16 * 0.05);
        assertEquals(P.transportLaw().fluxKgPerMS(uVeg, ut, BedType.ERODIBLE_SAND, P.sediment()) / qRef,
                CapacityFluxOp.reductionFactor(SurfaceClass.ERODIBLE, 0.05, 1e-4, P), 1e-12);
        double uRough = ShearVelocity.fromWind(9, 10, 1e-3) * ShearVelocity.dragPartitionFraction(1e-3, 1e-4);
        assertEquals(P.transportLaw().fluxKgPerMS(uRough, ut, BedType.ERODIBLE_SAND, P.sediment()) / qRef,
                CapacityFluxOp.reductionFactor(SurfaceClass.ERODIBLE, 0, 1e-3, P), 1e-12);
        assertEquals(0.0, CapacityFluxOp.reductionFactor(SurfaceClass.ERODIBLE, 0, 0.5, P), 0, "shelterbelt roughness");
        assertTrue(CapacityFluxOp.reductionFactor(SurfaceClass.NON_ERODIBLE, 0, 1e-3, P) > 1, "sand races over gobi");
    }

    @Test
    void leeZonesTrapsAndInterventionsZeroTheCapacityField() {
        int n = 6;
        FluxField pot = FluxField.uniform(n, 3, -4);
        float[] sxLocal = {0, 20, -5, 0, 0, 0};
        float[] sxRegional = {0, 0, 0, 12, 0, 0};
        boolean[] trap = {false, false, false, false, true, false};
        float[] coverFloor = {0, 0, 0, 0, 0, 0.5f};
        SandTransportInput in = SandTransportInput.builder(3, 2, 10, 10)
                .surface(TransportFixtures.codes(n, SurfaceClass.ERODIBLE), TransportFixtures.LOOKUP)
                .potentialFlux(pot).shelterLocalDeg(sxLocal).shelterRegionalDeg(sxRegional)
                .interventions(new Interventions(coverFloor, null, trap)).build();
        float[][] q = CapacityFluxOp.compute(in, pot, P);
        assertEquals(3f, q[0][0]);
        assertEquals(-4f, q[1][0]);
        assertEquals(0f, q[0][1], "local lee zone Sx = 20° > 15°");
        assertEquals(3f, q[0][2], "exposed cell keeps full capacity");
        assertEquals(0f, q[0][3], "mountain-blocked Sx = 12° > 10°");
        assertEquals(0f, q[0][4], "intervention trap");
        double f = CapacityFluxOp.reductionFactor(SurfaceClass.ERODIBLE, 0.5, 1e-4, P);
        assertEquals((float) (3 * f), q[0][5]);
    }

    @Test
    void tooWeakRepresentativeWindIsRejected() {
        TransportParams weak = TransportParams.builder().representativeWind10mMps(3).build();
        assertThrows(IllegalArgumentException.class,
                () -> CapacityFluxOp.reductionFactor(SurfaceClass.ERODIBLE, 0, 1e-4, weak));
    }
}
