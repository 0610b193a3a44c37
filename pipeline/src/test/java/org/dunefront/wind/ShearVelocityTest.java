package org.dunefront.wind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** science.md §7 T5 and §2: Bagnold threshold, law of the wall, 10 m threshold winds. */
class ShearVelocityTest {

    @Test
    void t5_bagnoldThresholdForFineSandIs0_206() {
        SedimentParams s = SedimentParams.quartzSand(0.2);
        double expected = 0.1 * Math.sqrt((2650 - 1.225) / 1.225 * 9.81 * 0.2e-3);
        assertEquals(0.206, expected, 0.0005);
        assertEquals(expected, ShearVelocity.bagnoldThresholdMps(s), 1e-12);
        assertEquals(expected, s.thresholdShearVelocityMps(), 1e-12);
    }

    @Test
    void thresholdWindAt10mDependsOnRoughnessAsInScienceNotes() {
        SedimentParams s = SedimentParams.quartzSand(0.2);
        assertEquals(6.9, ShearVelocity.thresholdWind10mMps(s, 1e-5), 0.05);
        assertEquals(5.8, ShearVelocity.thresholdWind10mMps(s, 1e-4), 0.05);
        assertEquals(4.6, ShearVelocity.thresholdWind10mMps(s, 1e-3), 0.05);
    }

    @Test
    void lawOfTheWallAndItsInverse() {
        double ustar = ShearVelocity.fromWind(10, 10, 1e-4);
        assertEquals(0.41 * 10 / Math.log(1e5), ustar, 1e-12);
        assertEquals(10, ShearVelocity.windAtHeight(ustar, 10, 1e-4), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ShearVelocity.fromWind(10, 10, 20));
    }

    @Test
    void dragPartitionIsOneOnTheBareBedAndFallsWithRoughness() {
        assertEquals(1.0, ShearVelocity.dragPartitionFraction(1e-4, 1e-4), 0);
        double f = ShearVelocity.dragPartitionFraction(1e-3, 1e-4);
        assertEquals(1 - Math.log(10) / Math.log(0.35 * Math.pow(0.1 / 1e-4, 0.8)), f, 1e-12);
        assertTrue(ShearVelocity.dragPartitionFraction(0.01, 1e-4) < f);
        assertEquals(0.0, ShearVelocity.dragPartitionFraction(0.5, 1e-4), 0);
    }

    @Test
    void sedimentParametersAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> SedimentParams.quartzSand(0));
        assertThrows(IllegalArgumentException.class, () -> new SedimentParams(0.2, 2650, 1.225, 9.81, 0.1, 3000));
    }
}
