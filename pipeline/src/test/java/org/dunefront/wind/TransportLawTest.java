package org.dunefront.wind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** science.md §7 T6: flux-law check values at u* = 0.4, u*t = 0.2 m/s, d = 0.25 mm. */
class TransportLawTest {
    private static final SedimentParams D025 = SedimentParams.quartzSand(0.25);
    private static final double RG = 1.225 / 9.81; // ρa/g

    @ParameterizedTest(name = "{0}: {1} kg/m/s")
    @CsvSource({"BAGNOLD, 1.50e-3", "KAWAMURA, 2.50e-2", "LETTAU, 2.68e-2", "DURAN_KOK, 1.34e-2"})
    void t6_checkValuesOfScienceNotes(TransportLaw law, double published) {
        double q = law.fluxKgPerMS(0.4, 0.2, BedType.ERODIBLE_SAND, D025);
        assertEquals(published, q, published * 0.005, "3-significant-digit value of science.md §3");
    }

    @Test
    void t6_valuesFollowTheCitedFormulas() {
        assertEquals(1.5 * RG * Math.pow(0.2, 3), TransportLaw.BAGNOLD.fluxKgPerMS(0.4, 0.2, BedType.ERODIBLE_SAND, D025), 1e-15);
        assertEquals(2.78 * RG * 0.36 * 0.2, TransportLaw.KAWAMURA.fluxKgPerMS(0.4, 0.2, BedType.ERODIBLE_SAND, D025), 1e-15);
        assertEquals(6.7 * RG * 0.16 * 0.2, TransportLaw.LETTAU.fluxKgPerMS(0.4, 0.2, BedType.ERODIBLE_SAND, D025), 1e-15);
        assertEquals(5 * RG * 0.16 * (0.16 - 0.0256), TransportLaw.DURAN_KOK.fluxKgPerMS(0.4, 0.2, BedType.ERODIBLE_SAND, D025), 1e-15);
        // Lettau and Bagnold carry the grain-size factor sqrt(d / 0.25 mm).
        SedimentParams d01 = SedimentParams.quartzSand(0.1);
        assertEquals(Math.sqrt(0.4) * 6.7 * RG * 0.16 * 0.2,
                TransportLaw.LETTAU.fluxKgPerMS(0.4, 0.2, BedType.ERODIBLE_SAND, d01), 1e-15);
    }

    @Test
    void noFluxAtOrBelowThreshold() {
        for (TransportLaw law : TransportLaw.values()) {
            assertEquals(0.0, law.fluxKgPerMS(0.2, 0.2, BedType.ERODIBLE_SAND, D025), 0);
            assertEquals(0.0, law.fluxKgPerMS(0.1, 0.2, BedType.NON_ERODIBLE, D025), 0);
        }
    }

    @Test
    void duranKokIsQuadraticOnSandAndCubicOnRigidBeds() {
        // Ho et al. (2011): far above threshold q ∝ u*² on sand, ∝ u*³ on a rigid bed.
        double ut = 0.2;
        double s1 = TransportLaw.DURAN_KOK.fluxKgPerMS(2.0, ut, BedType.ERODIBLE_SAND, D025);
        double s2 = TransportLaw.DURAN_KOK.fluxKgPerMS(4.0, ut, BedType.ERODIBLE_SAND, D025);
        double r1 = TransportLaw.DURAN_KOK.fluxKgPerMS(2.0, ut, BedType.NON_ERODIBLE, D025);
        double r2 = TransportLaw.DURAN_KOK.fluxKgPerMS(4.0, ut, BedType.NON_ERODIBLE, D025);
        assertEquals(2.0, Math.log(s2 / s1) / Math.log(2), 0.01);
        assertEquals(3.0, Math.log(r2 / r1) / Math.log(2), 0.01);
        assertEquals(0.4 / 0.16, TransportLaw.DURAN_KOK.fluxKgPerMS(0.4, ut, BedType.NON_ERODIBLE, D025)
                / TransportLaw.DURAN_KOK.fluxKgPerMS(0.4, ut, BedType.ERODIBLE_SAND, D025), 1e-12);
        // The cubic laws ignore the bed type.
        assertEquals(TransportLaw.BAGNOLD.fluxKgPerMS(0.4, ut, BedType.ERODIBLE_SAND, D025),
                TransportLaw.BAGNOLD.fluxKgPerMS(0.4, ut, BedType.NON_ERODIBLE, D025), 0);
    }

    @Test
    void lawsDifferByUpToEighteenTimes() {
        double min = Double.MAX_VALUE, max = 0;
        for (TransportLaw law : TransportLaw.values()) {
            double q = law.fluxKgPerMS(0.4, 0.2, BedType.ERODIBLE_SAND, D025);
            min = Math.min(min, q);
            max = Math.max(max, q);
        }
        assertTrue(max / min > 17 && max / min < 19, "ratio " + max / min);
    }
}
