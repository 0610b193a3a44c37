package org.dunefront.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;
import org.dunefront.patch.ComponentLabeller;
import org.dunefront.patch.Connectivity;
import org.dunefront.patch.PatchLabels;
import org.junit.jupiter.api.Test;

/**
 * {@link PatchInterception#retainArrivals}: a routing that keeps the reach only at candidate borders gives
 * bit-for-bit the interception of the whole routing, and holds no other cell's reach.
 */
class RetainedArrivalsTest {

    @Test
    void handExampleKeepsOnlyTheReceiverOutsideThePatch() {
        // one row of 6 cells (10 m), sand blowing east at 1 m³/m/yr, farmland (asset) at the east end (cell 5);
        // a 2-cell candidate patch at cells 1–2 (class 1): cell 1's receiver (2) is inside, cell 2's receiver (3)
        // is outside: only cell 3 is kept. Reach of cells 0–4 is 1 (every grain reaches the farm, no decay).
        GridGeometry g = GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 10, 10, 10, 6, 1);
        float[] qe = {1, 1, 1, 1, 1, 1}, qn = new float[6];
        RoutingParameters p = new RoutingParameters(RoutingScheme.FACE_SPLIT, TravelWeighting.NONE, 0, 10, 30);
        RoutingResult whole = DownwindRouting.route(g, qe, qn, i -> i == 5 ? 1 : 0, p);
        int[] classes = {0, 1, 1, 0, 0, 0};
        RoutingResult kept = PatchInterception.retainArrivals(whole, i -> classes[i], 1.0); // 1 of 6 cells
        assertNotSame(whole, kept);
        assertEquals(1.0, kept.reachFraction(3), 0.0);
        for (int i : new int[] {0, 1, 2, 4}) {
            int cell = i;
            assertThrows(IllegalArgumentException.class, () -> kept.reachFraction(cell));
        }
        PatchLabels labels = ComponentLabeller.label(classes, 6, 1, Connectivity.FOUR);
        // outflow of cell 2 = |qE|·Δy = 10 m³/yr, all of it reaches the farm
        assertEquals(10.0, PatchInterception.compute(labels, kept).get(0).sandInterceptedM3PerYr(), 0.0);
    }

    @Test
    void retainedRoutingGivesTheSameInterceptionOnRandomFields() {
        Random rnd = new Random(17);
        int sparse = 0;
        for (int trial = 0; trial < 40; trial++) {
            int w = 20 + rnd.nextInt(40), h = 20 + rnd.nextInt(40), n = w * h;
            double dx = 30, dy = trial % 3 == 0 ? 45 : 30;
            GridGeometry grid = GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 1000, dx, dy, w, h);
            float[] qe = new float[n], qn = new float[n];
            double[] asset = new double[n];
            double a0 = rnd.nextDouble() * 2 * Math.PI;
            for (int i = 0; i < n; i++) {
                double a = a0 + (rnd.nextInt(8) == 0 ? Math.PI : 0);
                qe[i] = (float) (2 * Math.sin(a));
                qn[i] = (float) (2 * Math.cos(a));
                if (rnd.nextInt(40) == 0) qe[i] = Float.NaN;
                if (rnd.nextInt(10) == 0) asset[i] = 1 + rnd.nextInt(3);
            }
            RoutingScheme scheme = RoutingScheme.values()[trial % 2];
            RoutingParameters p = new RoutingParameters(scheme, TravelWeighting.values()[trial % 3], 0.1, 10, 20);
            RoutingResult whole = DownwindRouting.route(grid, qe, qn, i -> asset[i], p);
            // a few rectangular candidate blocks of classes 1–3 (sparse borders), sometimes speckle (dense)
            int[] classes = new int[n];
            boolean speckle = trial % 10 == 9;
            for (int b = 0; b < 3; b++) {
                int c0 = rnd.nextInt(w), r0 = rnd.nextInt(h), cls = 1 + rnd.nextInt(3);
                for (int r = r0; r < Math.min(h, r0 + 6); r++) for (int c = c0; c < Math.min(w, c0 + 6); c++) classes[r * w + c] = cls;
            }
            if (speckle) for (int i = 0; i < n; i++) classes[i] = rnd.nextInt(3);
            RoutingResult kept = PatchInterception.retainArrivals(whole, i -> classes[i]);
            if (speckle) {
                assertSame(whole, kept, "speckled candidates (borders on over 1/16 of the cells) keep the whole reach");
            } else {
                if (kept != whole) sparse++;
                kept = PatchInterception.retainArrivals(whole, i -> classes[i], 1.0);
                assertNotSame(whole, kept);
            }
            for (Connectivity conn : Connectivity.values()) {
                PatchLabels labels = ComponentLabeller.label(classes, w, h, conn);
                List<PatchProtection> want = PatchInterception.compute(labels, whole);
                List<PatchProtection> got = PatchInterception.compute(labels, kept);
                assertEquals(want, got, "trial " + trial + " " + scheme + " " + conn);
            }
        }
        assertTrue(sparse >= 20, "the 1/16 default kept the borders only in " + sparse + " of 36 block trials");
    }
}
