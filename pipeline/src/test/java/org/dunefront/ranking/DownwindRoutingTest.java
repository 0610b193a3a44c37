package org.dunefront.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;
import org.dunefront.patch.ComponentLabeller;
import org.dunefront.patch.Connectivity;
import org.dunefront.patch.PatchLabels;
import org.junit.jupiter.api.Test;

/** Hand-computed routing on tiny grids with 100 m cells (Δx = Δy = 100 m). */
class DownwindRoutingTest {
    private static final double NAN = Double.NaN;

    private static GridGeometry grid(int w, int h) {
        return GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 1000, 100, 100, w, h);
    }

    private static RoutingParameters params(RoutingScheme s, TravelWeighting t) {
        return new RoutingParameters(s, t, 0.1, 10, 20);
    }

    @Test
    void oneByFiveEastwardToAnAsset() {
        // cells 0..3 blow east with qE = 1, 2, 3, 0.5 m³/m/yr; cell 4 is an asset of value 2
        double[] qe = {1, 2, 3, 0.5, 7}, qn = new double[5], asset = {0, 0, 0, 0, 2};
        RoutingResult r = DownwindRouting.route(grid(5, 1), qe, qn, asset,
                params(RoutingScheme.FACE_SPLIT, TravelWeighting.DECAY_PER_KM));
        double tau = Math.pow(0.9, 0.1); // 10 %/km over one 100 m step
        double[] outflow = {100, 200, 300, 50, 0}; // |qE|·Δy·1 yr; the asset passes nothing on
        for (int i = 0; i < 5; i++) assertEquals(outflow[i], r.outflowM3PerYr(i), 1e-12);
        for (int i = 0; i < 4; i++) {
            assertEquals(1.0, r.reachFraction(i), 1e-15);
            assertEquals(outflow[i], r.interceptedM3PerYr(i), 1e-12);
            assertEquals(2 * Math.pow(tau, 4 - i), r.weightedReach(i), 1e-12);
        }
        assertEquals(0, r.reachFraction(4));
        assertEquals(50, r.sandReachingAssetsM3PerYr(), 1e-12);

        // patch {1, 2}: counts the 100 entering from cell 0 + 200 generated inside = 300 leaving cell 2,
        // not 200 + 300 (cell 1's sand passes cell 2 as well)
        PatchLabels labels = ComponentLabeller.label(new int[] {0, 1, 1, 2, 0}, 5, 1, Connectivity.FOUR);
        List<PatchProtection> p = PatchInterception.compute(labels, r);
        assertEquals(300, p.get(0).sandInterceptedM3PerYr(), 1e-12);
        assertEquals(300 * tau * 2 * tau, p.get(0).protectiveValue(), 1e-12);
        // a one-cell patch equals the per-cell interception
        assertEquals(r.interceptedM3PerYr(3), p.get(1).sandInterceptedM3PerYr(), 1e-12);
        assertEquals(r.protectiveValue(3), p.get(1).protectiveValue(), 1e-12);
    }

    @Test
    void oneByFiveWithOpposingFluxesCutsTheCycleDeterministically() {
        // assets at both ends; cell 1 blows west into asset 0; cells 2 (east) and 3 (west) face each other
        double[] qe = {0, -1, 1, -1, 0}, qn = new double[5], asset = {1, 0, 0, 0, 1};
        RoutingResult r = DownwindRouting.route(grid(5, 1), qe, qn, asset,
                params(RoutingScheme.FACE_SPLIT, TravelWeighting.NONE));
        assertEquals(1.0, r.reachFraction(1), 1e-15);
        // depth-first from cell 2: 2 → 3, then 3 → 2 closes the cycle and is cut: the convergence traps the sand
        assertEquals(0.0, r.reachFraction(2), 1e-15);
        assertEquals(0.0, r.reachFraction(3), 1e-15);
        assertEquals(100, r.sandReachingAssetsM3PerYr(), 1e-12);
        PatchLabels both = ComponentLabeller.label(new int[] {0, 0, 1, 1, 0}, 5, 1, Connectivity.FOUR);
        assertEquals(0, PatchInterception.compute(both, r).get(0).sandInterceptedM3PerYr(), 1e-15);
    }

    @Test
    void threeByThreeDonorCellSplitTowardsSouthEast() {
        // qE = 3, qN = −1 everywhere: O = 3·100 + 1·100 = 400 m³/yr, ¾ east, ¼ south; asset at (col 2, row 2)
        double[] qe = new double[9], qn = new double[9], asset = new double[9];
        java.util.Arrays.fill(qe, 3);
        java.util.Arrays.fill(qn, -1);
        asset[8] = 1;
        RoutingResult r = DownwindRouting.route(grid(3, 3), qe, qn, asset,
                params(RoutingScheme.FACE_SPLIT, TravelWeighting.NONE));
        // R(2,1) = ¼ (east leaves the grid); R(1,2) = ¾; R(2,0) = ¼·R(2,1); R(1,1) = ¾·R(2,1) + ¼·R(1,2); …
        double r21 = 0.25, r12 = 0.75, r20 = 0.25 * r21, r11 = 0.75 * r21 + 0.25 * r12, r02 = 0.75 * r12;
        double r10 = 0.75 * r20 + 0.25 * r11, r01 = 0.75 * r11 + 0.25 * r02, r00 = 0.75 * r10 + 0.25 * r01;
        double[] expected = {r00, r10, r20, r01, r11, r21, r02, r12, 0};
        assertEquals(0.2109375, r00, 0); // hand value
        for (int i = 0; i < 9; i++) {
            assertEquals(expected[i], r.reachFraction(i), 1e-15, "cell " + i);
            assertEquals(i == 8 ? 0 : 400 * expected[i], r.interceptedM3PerYr(i), 1e-12);
            assertEquals(expected[i], r.weightedReach(i), 1e-15); // no travel discount, value 1
        }
        assertEquals(400, r.sandReachingAssetsM3PerYr(), 1e-12);
        // the upper-left 2×2 block: only flows leaving the block count
        // (1,0)→(2,0): 300·R(2,0) + (0,1)→(0,2): 100·R(0,2) + (1,1)→(2,1): 300·R(2,1) + (1,1)→(1,2): 100·R(1,2)
        PatchLabels block = ComponentLabeller.label(new int[] {1, 1, 0, 1, 1, 0, 0, 0, 0}, 3, 3, Connectivity.FOUR);
        double expectedBlock = 300 * r20 + 100 * r02 + 300 * r21 + 100 * r12;
        assertEquals(225, expectedBlock, 1e-12);
        assertEquals(expectedBlock, PatchInterception.compute(block, r).get(0).sandInterceptedM3PerYr(), 1e-12);
    }

    @Test
    void d8SendsEverythingToTheClosestDirectionWithTravelTimeDiscount() {
        // flux towards the south-east: (0,0) → (1,1) → asset (2,2); (1,0) → (2,1) → off the grid
        double[] qe = new double[9], qn = new double[9], asset = new double[9];
        java.util.Arrays.fill(qe, 1);
        java.util.Arrays.fill(qn, -1);
        asset[8] = 5;
        RoutingResult r = DownwindRouting.route(grid(3, 3), qe, qn, asset,
                params(RoutingScheme.D8, TravelWeighting.TRAVEL_TIME));
        double diag = Math.hypot(100, 100);
        double tau = Math.exp(-(diag / 10) / 20); // travel time at 10 m/yr over a 20-year horizon
        assertEquals(200, r.outflowM3PerYr(0), 1e-12);
        assertEquals(1.0, r.reachFraction(0), 1e-15);
        assertEquals(5 * tau * tau, r.weightedReach(0), 1e-15);
        assertEquals(5 * tau, r.weightedReach(4), 1e-15);
        assertEquals(0.0, r.reachFraction(1), 1e-15);
        assertEquals(200, r.sandReachingAssetsM3PerYr(), 1e-12);
    }

    @Test
    void nanFluxMeansNoOutflow() {
        RoutingResult r = DownwindRouting.route(grid(3, 1), new double[] {NAN, 1, 0}, new double[3],
                new double[] {0, 0, 1}, RoutingParameters.defaults());
        assertEquals(0, r.outflowM3PerYr(0));
        assertEquals(100, r.interceptedM3PerYr(1), 1e-12);
    }
}
