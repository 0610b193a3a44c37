package org.dunefront.wind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** science.md §7 T1–T4: Fryberger &amp; Dean (1979) drift potential worked values and conventions. */
class DriftPotentialTest {
    private static final DriftPotentialParams FRYBERGER = DriftPotentialParams.defaults();

    @Test
    void t1_northWestWind20KnotsTenPercentGives320VuTowardSouthEast() {
        DriftPotential dp = DriftPotentialCalculator.fromHistogram(new double[] {20}, new double[] {315},
                new double[] {0.10}, FRYBERGER);
        double expected = 20.0 * 20.0 * (20.0 - 12.0) * 0.10; // V²(V − Vt)·t = 400·8·0.1
        assertEquals(320.0, expected, 1e-12);
        assertEquals(expected, dp.dpVu(), 1e-9);
        assertEquals(1.0, dp.rdpOverDp(), 1e-12);
        assertEquals(135.0, dp.rddDeg(), 1e-9);
        assertEquals(EnergyClass.INTERMEDIATE, dp.energyClass());
        assertEquals(DirectionalVariability.HIGH, dp.directionalVariability());
    }

    @Test
    void t1_sameRegimeAsTimeSeriesInMetresPerSecond() {
        // 10 steps, one of them 20 kn from the north-west, the others calm: t = 1/10.
        float[] u = new float[10], v = new float[10];
        double mps = WindUnits.mpsFromKnots(20);
        u[3] = (float) WindDirection.eastwardComponent(mps, 315);
        v[3] = (float) WindDirection.northwardComponent(mps, 315);
        assertTrue(u[3] > 0 && v[3] < 0, "a north-west wind blows toward the south-east: u > 0, v < 0");
        DriftPotential dp = DriftPotentialCalculator.fromSeriesMps(u, v, FRYBERGER);
        assertEquals(320.0, dp.dpVu(), 1e-3); // float storage of u, v
        assertEquals(135.0, dp.rddDeg(), 1e-4);
    }

    @Test
    void t2_equalDriftFromOppositeDirectionsCancels() {
        DriftPotential dp = DriftPotentialCalculator.fromHistogram(new double[] {20, 20}, new double[] {315, 135},
                new double[] {0.1, 0.1}, FRYBERGER);
        assertEquals(640.0, dp.dpVu(), 1e-9);
        assertEquals(0.0, dp.rdpVu(), 1e-9);
        assertEquals(0.0, dp.rdpOverDp(), 1e-12);
        assertEquals(DirectionalVariability.LOW, dp.directionalVariability());
    }

    @Test
    void t2_fourOrthogonalEqualWindsCancel() {
        DriftPotential dp = DriftPotentialCalculator.fromHistogram(new double[] {25, 25, 25, 25},
                new double[] {0, 90, 180, 270}, new double[] {0.05, 0.05, 0.05, 0.05}, FRYBERGER);
        assertEquals(4 * 625.0 * 13.0 * 0.05, dp.dpVu(), 1e-9);
        assertEquals(0.0, dp.rdpVu(), 1e-9);
    }

    @ParameterizedTest(name = "wind from {0}° and {1}° → sand toward {2}°")
    @CsvSource({
        "180, 270, 45",   // S + W winds → NE quadrant
        "0, 270, 135",    // N + W winds → SE quadrant
        "0, 90, 225",     // N + E winds → SW quadrant
        "90, 180, 315",   // E + S winds → NW quadrant
        "200, 200, 20",   // single wind, no cancellation
    })
    void t3_resultantDirectionIsRightInAllFourQuadrants(double from1, double from2, double expectedRdd) {
        DriftPotential dp = DriftPotentialCalculator.fromHistogram(new double[] {20, 20}, new double[] {from1, from2},
                new double[] {0.1, 0.1}, FRYBERGER);
        assertEquals(expectedRdd, dp.rddDeg(), 1e-9);
    }

    @Test
    void t3_unequalWindsGiveAtan2NotAtan() {
        // 2×DP toward east (from 270) and 1×DP toward south (from 0): RDD = atan2(2, −1) = 116.565°.
        double w1 = 20 * 20 * 8, w2 = 20 * 20 * 8;
        DriftPotential dp = DriftPotentialCalculator.fromHistogram(new double[] {20, 20}, new double[] {270, 0},
                new double[] {0.2, 0.1}, FRYBERGER);
        double expected = Math.toDegrees(Math.atan2(w1 * 0.2, -w2 * 0.1));
        assertEquals(116.565, expected, 1e-3);
        assertEquals(expected, dp.rddDeg(), 1e-9);
    }

    @Test
    void t4_metresPerSecondEnteredAsKnotsUnderestimatesDpBy7_35() {
        double[] speedKn = {15, 20, 28, 35};
        double[] from = {300, 315, 320, 290};
        double[] t = {0.2, 0.1, 0.05, 0.01};
        DriftPotential right = DriftPotentialCalculator.fromHistogram(speedKn, from, t, FRYBERGER);
        double[] speedMps = new double[speedKn.length];
        for (int i = 0; i < speedKn.length; i++) speedMps[i] = WindUnits.mpsFromKnots(speedKn[i]);
        // The trap: speeds and threshold both in m/s but handed to a knots formula.
        DriftPotentialParams thresholdInMps = new DriftPotentialParams(WindUnits.mpsFromKnots(12));
        DriftPotential wrong = DriftPotentialCalculator.fromHistogram(speedMps, from, t, thresholdInMps);
        double k = WindUnits.KNOTS_PER_MPS;
        assertEquals(7.35, k * k * k, 0.01);
        assertEquals(k * k * k, right.dpVu() / wrong.dpVu(), 1e-9);
        // Converted properly (the time-series API takes m/s and converts): no difference.
        float[] u = new float[100], v = new float[100];
        int s = 0;
        for (int i = 0; i < speedKn.length; i++) {
            int steps = (int) Math.round(t[i] * 100);
            for (int j = 0; j < steps; j++, s++) {
                u[s] = (float) WindDirection.eastwardComponent(speedMps[i], from[i]);
                v[s] = (float) WindDirection.northwardComponent(speedMps[i], from[i]);
            }
        }
        DriftPotential converted = DriftPotentialCalculator.fromSeriesMps(u, v, FRYBERGER);
        assertEquals(right.dpVu(), converted.dpVu(), right.dpVu() * 1e-5);
    }

    @Test
    void unitConversionsRoundTrip() {
        assertEquals(1.943844, WindUnits.knotsFromMps(1), 1e-6);
        assertEquals(6.0, WindUnits.mpsFromKnots(WindUnits.knotsFromMps(6)), 1e-12);
        assertEquals(11.66, WindUnits.knotsFromMps(6), 0.01); // science.md §1: 6 m/s = 11.66 kn
    }

    @Test
    void directionConventions() {
        assertEquals(315.0, WindDirection.fromDeg(1, -1), 1e-12);
        assertEquals(135.0, WindDirection.towardDeg(1, -1), 1e-12);
        assertEquals(0.0, WindDirection.normalizeDeg(360), 0);
        assertEquals(350.0, WindDirection.normalizeDeg(-10), 1e-12);
    }

    @Test
    void classBoundaries() {
        assertEquals(EnergyClass.LOW, EnergyClass.of(199.9));
        assertEquals(EnergyClass.INTERMEDIATE, EnergyClass.of(200));
        assertEquals(EnergyClass.INTERMEDIATE, EnergyClass.of(399.9));
        assertEquals(EnergyClass.HIGH, EnergyClass.of(400));
        assertEquals(DirectionalVariability.LOW, DirectionalVariability.of(0.29));
        assertEquals(DirectionalVariability.INTERMEDIATE, DirectionalVariability.of(0.3));
        assertEquals(DirectionalVariability.INTERMEDIATE, DirectionalVariability.of(0.8));
        assertEquals(DirectionalVariability.HIGH, DirectionalVariability.of(0.81));
    }

    @Test
    void windBelowThresholdMovesNoSand() {
        DriftPotential dp = DriftPotentialCalculator.fromHistogram(new double[] {12, 8}, new double[] {0, 90},
                new double[] {0.5, 0.5}, FRYBERGER);
        assertEquals(0.0, dp.dpVu(), 0);
        assertTrue(Double.isNaN(dp.rddDeg()));
    }

    @Test
    void invalidThresholdIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DriftPotentialParams(0));
        assertThrows(IllegalArgumentException.class, () -> new DriftPotentialParams(Double.NaN));
    }
}
