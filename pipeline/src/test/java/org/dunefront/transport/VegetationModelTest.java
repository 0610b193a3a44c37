package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dunefront.wind.BedType;
import org.dunefront.wind.SedimentParams;
import org.dunefront.wind.TransportLaw;
import org.junit.jupiter.api.Test;

/** science.md §7 T7 and §4: vegetation cut-off covers. */
class VegetationModelTest {

    /** Cover at which u*v = u*t for u* / u*t = ratio under the AeoLiS form: (ratio² − 1)/16. */
    private static double cutoff(double ratio) {
        return (ratio * ratio - 1) / 16;
    }

    @Test
    void t7_aeolisStopsTransportAt18_75PercentCoverWhenUstarIsTwiceThreshold() {
        assertEquals(0.1875, cutoff(2), 1e-15);
        SedimentParams s = SedimentParams.defaults();
        double ut = s.thresholdShearVelocityMps(), us = 2 * ut;
        assertEquals(ut, us * VegetationModel.AEOLIS.shearFactor(0.1875), 1e-15);
        for (TransportLaw law : TransportLaw.values()) {
            double below = law.fluxKgPerMS(us * VegetationModel.AEOLIS.shearFactor(0.18), ut, BedType.ERODIBLE_SAND, s);
            double at = law.fluxKgPerMS(us * VegetationModel.AEOLIS.shearFactor(0.1875), ut, BedType.ERODIBLE_SAND, s);
            double above = law.fluxKgPerMS(us * VegetationModel.AEOLIS.shearFactor(0.19), ut, BedType.ERODIBLE_SAND, s);
            assertTrue(below > 0, law.name());
            assertEquals(0.0, at, 0, law.name());
            assertEquals(0.0, above, 0, law.name());
        }
    }

    @Test
    void aeolisCutoffsForOtherRatiosMatchScienceNotes() {
        assertEquals(0.078, cutoff(1.5), 0.0005);
        assertEquals(0.5, cutoff(3), 1e-15);
        assertEquals(1 / 1.5, VegetationModel.AEOLIS.shearFactor(cutoff(1.5)), 1e-12);
        assertEquals(1 / 3.0, VegetationModel.AEOLIS.shearFactor(0.5), 1e-12);
    }

    @Test
    void raupachReductionFollowsTheThresholdRatio() {
        assertEquals(1.0, VegetationModel.RAUPACH_1993.shearFactor(0), 0);
        double c = 0.1; // λ = 0.1, σ = 1, m = 0.5, β = 130
        double expected = 1 / Math.sqrt((1 - 0.5 * 0.1) * (1 + 0.5 * 130 * 0.1));
        assertEquals(expected, VegetationModel.RAUPACH_1993.shearFactor(c), 1e-12);
        double prev = 1;
        for (int i = 1; i <= 10; i++) {
            double f = VegetationModel.RAUPACH_1993.shearFactor(i / 10.0);
            assertTrue(f < prev);
            prev = f;
        }
    }
}
