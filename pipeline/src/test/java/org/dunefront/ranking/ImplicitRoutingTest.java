package org.dunefront.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;
import org.dunefront.patch.ComponentLabeller;
import org.dunefront.patch.Connectivity;
import org.dunefront.patch.PatchLabels;
import org.junit.jupiter.api.Test;

/**
 * The implicit downwind graph of {@link DownwindRouting} (receivers recomputed from the flux, one flag
 * byte per cell) gives bit-for-bit the reach, outflow and patch interception of an explicit graph with
 * stored receivers and shares (the straightforward implementation, below), on random flux fields with
 * cycles, NaN, calm cells and assets, for both schemes, every travel weighting and float or double flux.
 */
class ImplicitRoutingTest {

    @Test
    void implicitGraphEqualsExplicitGraphOnRandomFields() {
        Random rnd = new Random(99);
        for (int trial = 0; trial < 80; trial++) {
            int w = 1 + rnd.nextInt(25), h = 1 + rnd.nextInt(25), n = w * h;
            double dx = 10 + rnd.nextInt(40), dy = rnd.nextBoolean() ? dx : 10 + rnd.nextInt(40);
            GridGeometry grid = GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 1000, dx, dy, w, h);
            float[] qe = new float[n], qn = new float[n];
            double[] asset = new double[n];
            for (int i = 0; i < n; i++) {
                qe[i] = (float) (rnd.nextGaussian() * 3);
                qn[i] = (float) (rnd.nextGaussian() * 3);
                if (rnd.nextInt(20) == 0) qe[i] = Float.NaN;
                if (rnd.nextInt(15) == 0) { qe[i] = 0; qn[i] = 0; }
                if (rnd.nextInt(6) == 0) asset[i] = 1 + rnd.nextInt(3);
            }
            RoutingScheme scheme = RoutingScheme.values()[trial % RoutingScheme.values().length];
            TravelWeighting weighting = TravelWeighting.values()[(trial / 2) % TravelWeighting.values().length];
            RoutingParameters p = new RoutingParameters(scheme, weighting, 0.1, 10, 20);
            double[] qeD = new double[n], qnD = new double[n];
            for (int i = 0; i < n; i++) { qeD[i] = qe[i]; qnD[i] = qn[i]; }
            RoutingResult fromFloats = DownwindRouting.route(grid, qe, qn, i -> asset[i], p);
            RoutingResult fromDoubles = DownwindRouting.route(grid, qeD, qnD, asset, p);
            Explicit ref = new Explicit(w, h, dx, dy, qeD, qnD, asset, p);
            for (RoutingResult r : List.of(fromFloats, fromDoubles)) {
                for (int i = 0; i < n; i++) {
                    String where = "trial " + trial + " " + scheme + " " + weighting + " cell " + i;
                    assertEquals(ref.reachAny[i], r.reachFraction(i), 0.0, where);
                    assertEquals(ref.reachValue[i], r.weightedReach(i), 0.0, where);
                    assertEquals(ref.outflow[i], r.outflowM3PerYr(i), 0.0, where);
                }
                assertEquals(ref.sandReachingAssets(), r.sandReachingAssetsM3PerYr(), 0.0);
                int[] classes = new int[n];
                for (int i = 0; i < n; i++) classes[i] = rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(2);
                PatchLabels labels = ComponentLabeller.label(classes, w, h, Connectivity.FOUR);
                List<PatchProtection> got = PatchInterception.compute(labels, r);
                double[][] want = ref.interception(labels.labels(), labels.count());
                for (int k = 0; k < labels.count(); k++) {
                    assertEquals(want[0][k + 1], got.get(k).sandInterceptedM3PerYr(), 0.0, "trial " + trial);
                    assertEquals(want[1][k + 1], got.get(k).protectiveValue(), 0.0, "trial " + trial);
                }
            }
        }
    }

    @Test
    void deepSearchesGrowTheStackAndStillEqualTheExplicitGraph() {
        // a serpentine: rows alternate east and west and the row ends send their sand south, so the search
        // from cell 0 runs 60 x 60 = 3600 cells deep (the routing's stack and the flux kept beside it start at
        // 1024 entries); in trials 2 and 3 some reversed cells make cycles; an asset sits at the end of the path
        int w = 60, h = 60, n = w * h;
        Random rnd = new Random(3);
        for (int trial = 0; trial < 4; trial++) {
            double dx = 30, dy = trial % 2 == 0 ? 30 : 45;
            GridGeometry grid = GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 1000, dx, dy, w, h);
            double[] qe = new double[n], qn = new double[n], asset = new double[n];
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    int i = r * w + c;
                    boolean east = r % 2 == 0, end = east ? c == w - 1 : c == 0;
                    qe[i] = end ? 0 : (east ? 2 : -2);
                    qn[i] = end ? -1 : 0.25 * rnd.nextGaussian() * (trial / 2); // south = −north
                    if (trial >= 2 && rnd.nextInt(200) == 0) qe[i] = -qe[i];
                }
            }
            asset[(h - 1) * w] = 2; // row 59 runs west: the path ends in its first cell
            RoutingParameters p = new RoutingParameters(RoutingScheme.values()[trial % 2], TravelWeighting.values()[trial % 3],
                    0.1, 10, 20);
            RoutingResult r = DownwindRouting.route(grid, qe, qn, asset, p);
            Explicit ref = new Explicit(w, h, dx, dy, qe, qn, asset, p);
            for (int i = 0; i < n; i++) {
                assertEquals(ref.reachAny[i], r.reachFraction(i), 0.0, "trial " + trial + " cell " + i);
                assertEquals(ref.reachValue[i], r.weightedReach(i), 0.0, "trial " + trial + " cell " + i);
            }
            if (trial < 2) assertEquals(1.0, r.reachFraction(0), 1e-12, "no cycle: all the sand of the head reaches the asset");
        }
    }

    /** The explicit graph: receivers, shares and transmissions stored per cell (80 bytes per cell). */
    private static final class Explicit {
        final double[] outflow, value, s0, s1, t0, t1, reachAny, reachValue;
        final int[] r0, r1;

        Explicit(int w, int h, double dx, double dy, double[] qe, double[] qn, double[] asset, RoutingParameters p) {
            int n = w * h;
            outflow = new double[n]; value = new double[n];
            s0 = new double[n]; s1 = new double[n]; t0 = new double[n]; t1 = new double[n];
            r0 = new int[n]; r1 = new int[n];
            reachAny = new double[n]; reachValue = new double[n];
            Arrays.fill(r0, -1);
            Arrays.fill(r1, -1);
            for (int i = 0; i < n; i++) value[i] = asset[i] > 0 ? asset[i] : 0;
            double tauX = p.transmission(dx), tauY = p.transmission(dy);
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    int i = r * w + c;
                    double e = qe[i], no = qn[i];
                    if (value[i] > 0 || Double.isNaN(e) || Double.isNaN(no)) continue;
                    double ex = Math.abs(e) * dy, ny = Math.abs(no) * dx, out = ex + ny;
                    if (!(out > 0)) continue;
                    outflow[i] = out;
                    if (p.scheme() == RoutingScheme.FACE_SPLIT) {
                        int slot = 0;
                        if (ex > 0) slot = add(i, slot, c + (e > 0 ? 1 : -1), r, w, h, ex / out, tauX);
                        if (ny > 0) add(i, slot, c, r + (no > 0 ? -1 : 1), w, h, ny / out, tauY);
                    } else {
                        double vx = e, vy = -no;
                        int best = 0;
                        double bestCos = Double.NEGATIVE_INFINITY;
                        for (int k = 0; k < 8; k++) {
                            double ox = DownwindRouting.D8_DC[k] * dx, oy = DownwindRouting.D8_DR[k] * dy;
                            double cos = (vx * ox + vy * oy) / Math.hypot(ox, oy);
                            if (k == 0 || cos > bestCos + 1e-12 * Math.abs(bestCos)) { bestCos = cos; best = k; }
                        }
                        add(i, 0, c + DownwindRouting.D8_DC[best], r + DownwindRouting.D8_DR[best], w, h, 1.0,
                                p.transmission(Math.hypot(DownwindRouting.D8_DC[best] * dx, DownwindRouting.D8_DR[best] * dy)));
                    }
                }
            }
            byte[] state = new byte[n], next = new byte[n];
            int[] stack = new int[n];
            for (int start = 0; start < n; start++) {
                if (state[start] != 0) continue;
                int top = 0;
                stack[top++] = start;
                state[start] = 1;
                while (top > 0) {
                    int i = stack[top - 1];
                    if (next[i] < 2) {
                        int e = next[i]++;
                        int k = e == 0 ? r0[i] : r1[i];
                        if (k < 0) continue;
                        if (state[k] == 0) { state[k] = 1; stack[top++] = k; }
                        else if (state[k] == 1) { if (e == 0) { s0[i] = 0; t0[i] = 0; } else { s1[i] = 0; t1[i] = 0; } }
                        continue;
                    }
                    top--;
                    state[i] = 2;
                    if (value[i] > 0) continue;
                    double any = 0, val = 0;
                    if (r0[i] >= 0) {
                        int k = r0[i];
                        any += s0[i] * (value[k] > 0 ? 1 : reachAny[k]);
                        val += s0[i] * t0[i] * (value[k] > 0 ? value[k] : reachValue[k]);
                    }
                    if (r1[i] >= 0) {
                        int k = r1[i];
                        any += s1[i] * (value[k] > 0 ? 1 : reachAny[k]);
                        val += s1[i] * t1[i] * (value[k] > 0 ? value[k] : reachValue[k]);
                    }
                    reachAny[i] = any;
                    reachValue[i] = val;
                }
            }
        }

        private int add(int i, int slot, int c, int r, int w, int h, double share, double tau) {
            if (c < 0 || r < 0 || c >= w || r >= h) return slot;
            if (slot == 0) { r0[i] = r * w + c; s0[i] = share; t0[i] = tau; }
            else { r1[i] = r * w + c; s1[i] = share; t1[i] = tau; }
            return slot + 1;
        }

        double sandReachingAssets() {
            double s = 0;
            for (int i = 0; i < outflow.length; i++) {
                if (r0[i] >= 0 && value[r0[i]] > 0) s += s0[i] * outflow[i];
                if (r1[i] >= 0 && value[r1[i]] > 0) s += s1[i] * outflow[i];
            }
            return s;
        }

        double[][] interception(int[] lab, int count) {
            double[] sand = new double[count + 1], val = new double[count + 1];
            for (int i = 0; i < lab.length; i++) {
                int p = lab[i];
                if (p == 0 || outflow[i] == 0) continue;
                for (int e = 0; e < 2; e++) {
                    int k = e == 0 ? r0[i] : r1[i];
                    if (k < 0 || lab[k] == p) continue;
                    double s = (e == 0 ? s0[i] : s1[i]) * outflow[i];
                    sand[p] += s * (value[k] > 0 ? 1 : reachAny[k]);
                    val[p] += s * (e == 0 ? t0[i] : t1[i]) * (value[k] > 0 ? value[k] : reachValue[k]);
                }
            }
            return new double[][] {sand, val};
        }
    }
}
