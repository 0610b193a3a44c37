package org.dunefront.plan;

import static org.dunefront.plan.TestLandCover.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.patch.Connectivity;
import org.dunefront.ranking.RoutingParameters;
import org.dunefront.ranking.RoutingScheme;
import org.dunefront.ranking.TravelWeighting;
import org.junit.jupiter.api.Test;

/**
 * The low-memory rank path ({@link RestorationPlanner#rankInStrips}: distance layers in strips, codes
 * and labels in place, routing released early) gives exactly the labels and patches of the whole-grid
 * {@link RestorationPlanner#rank}, for several strip heights, both routing schemes, both
 * connectivities, square and anisotropic cells.
 */
class StripRankingTest {
    private static final int[] STRIP_ROWS = {1, 2, 3, 7, 16, 1000};

    @Test
    void verticalSandFixationExampleByHand() {
        // CandidateRulesTest's row turned into a column of 40 cells (100 m): farmland at row 0, sand sea below,
        // degraded sand at rows 30–34; sand blows north (towards the farm). Sand sea within 2 000 m (rows 1–20)
        // and the degraded land (within 5 km) are sand-fixation candidates, whatever the strip height.
        int[] lc = new int[40];
        java.util.Arrays.fill(lc, SAND_SEA);
        lc[0] = FARM;
        for (int r = 30; r < 35; r++) lc[r] = DEGRADED_SAND;
        PlanInputs in = new PlanInputs(grid(1, 40), lc, LOOKUP, filled(40, 0), filled(40, 2), filled(40, 0),
                filled(40, Double.NaN), null, null);
        for (int rows : STRIP_ROWS) {
            byte[] codes = CandidateRules.actionCodesInStrips(in, CandidateParameters.defaults(), i -> 1.0, rows);
            for (int r = 0; r < 40; r++) {
                boolean expected = (r >= 1 && r <= 20) || (r >= 30 && r <= 34);
                assertEquals(expected ? RestorationAction.SHRUB_SAND_FIXATION.code() : 0, codes[r], "strip rows " + rows + ", row " + r);
            }
        }
    }

    @Test
    void basinRankedInStripsEqualsTheWholeGridRanking() {
        PlanInputs in = RestorationPlannerTest.basin();
        RankingOutcome whole = RestorationPlanner.rank(in, PlanParameters.defaults(), ProgressListener.NONE);
        assertFalse(whole.patches().isEmpty());
        for (int rows : STRIP_ROWS) {
            RankedPatches strips = RestorationPlanner.rankInStrips(in, PlanParameters.defaults(), rows, ProgressListener.NONE);
            assertEquals(whole.labels(), strips.labels(), "strip rows " + rows);
            assertEquals(whole.patches(), strips.patches(), "strip rows " + rows);
            byte[] codes = CandidateRules.actionCodesInStrips(in, PlanParameters.defaults().candidates(),
                    whole.routing()::reachFraction, rows);
            int[] want = whole.candidates().actionCodes();
            for (int i = 0; i < want.length; i++) assertEquals(want[i], codes[i], "strip rows " + rows + " cell " + i);
        }
    }

    @Test
    void randomBasinsRankedInStripsEqualTheWholeGridRanking() {
        Random rnd = new Random(21);
        int trialsWithPatches = 0;
        for (int trial = 0; trial < 12; trial++) {
            int w = 8 + rnd.nextInt(40), h = 8 + rnd.nextInt(40);
            double dx = 100, dy = trial % 3 == 2 ? 150 : 100;
            PlanInputs in = randomInputs(rnd, w, h, dx, dy);
            PlanParameters p = parameters(trial);
            RankingOutcome whole = RestorationPlanner.rank(in, p, ProgressListener.NONE);
            int[] wantCodes = whole.candidates().actionCodes();
            if (!whole.patches().isEmpty()) trialsWithPatches++;
            for (int rows : STRIP_ROWS) {
                RankedPatches strips = RestorationPlanner.rankInStrips(in, p, rows, ProgressListener.NONE);
                assertArrayEquals(whole.labels().labels(), strips.labels().labels(), "trial " + trial + " rows " + rows);
                assertEquals(whole.labels(), strips.labels(), "trial " + trial + " rows " + rows);
                List<PlanPatch> a = whole.patches(), b = strips.patches();
                assertEquals(a.size(), b.size());
                for (int k = 0; k < a.size(); k++) assertEquals(a.get(k), b.get(k), "trial " + trial + " rows " + rows + " patch " + k);
                byte[] codes = CandidateRules.actionCodesInStrips(in, p.candidates(), whole.routing()::reachFraction, rows);
                for (int i = 0; i < codes.length; i++) assertEquals(wantCodes[i], codes[i], "trial " + trial + " cell " + i);
                // flux, slope and aspect read strip by strip (at() outside the loaded rows throws), reach in a sparse store
                // and the routing's flux through a FluxField instead of whole arrays
                float[] east = in.fluxEastM3PerMPerYr().readAll().clone(), north = in.fluxNorthM3PerMPerYr().readAll().clone();
                org.dunefront.ranking.FluxField field = new org.dunefront.ranking.FluxField() {
                    @Override public float east(int i) { return east[i]; }
                    @Override public float north(int i) { return north[i]; }
                };
                RankedPatches streamed = RestorationPlanner.rankInStrips(streamedLayers(in), p, rows, field,
                        new SparseReach(), ProgressListener.NONE);
                assertEquals(whole.labels(), streamed.labels(), "streamed, trial " + trial + " rows " + rows);
                assertEquals(whole.patches(), streamed.patches(), "streamed, trial " + trial + " rows " + rows);
            }
        }
        assertTrue(trialsWithPatches >= 10, "only " + trialsWithPatches + " of 12 random basins have patches");
    }

    @Test
    void classFlagMasksHoldExactlyTheFlagsOfEveryClass() {
        CandidateRules.ClassTable t = new CandidateRules.ClassTable(RestorationPlannerTest.basin().traitsByClass());
        for (int c = 0; c < 256; c++) {
            for (LandCoverFlag f : LandCoverFlag.values()) {
                assertEquals(t.traits[c].has(f), (t.flags[c] & (1 << f.ordinal())) != 0, "class " + c + " " + f);
            }
        }
        assertTrue(t.flags[FARM] != 0 && t.flags[DEGRADED_SAND] != 0);
    }

    @Test
    void pendingReachTestsAskForTheReachOfTheirCellsOnlyInRowMajorOrder() {
        // the deferred sand-fixation test reads the reach of the cells that pass every other test, once each,
        // in increasing order, and gives the codes of the rules with the reach tested cell by cell
        Random rnd = new Random(8);
        for (int trial = 0; trial < 6; trial++) {
            PlanInputs in = randomInputs(rnd, 10 + rnd.nextInt(30), 10 + rnd.nextInt(30), 100, trial % 2 == 0 ? 100 : 150);
            double[] reach = new double[in.cellCount()];
            for (int i = 0; i < reach.length; i++) reach[i] = rnd.nextDouble();
            int[] want = CandidateRules.evaluate(in, CandidateParameters.defaults(), reach).actionCodes();
            byte[] bits = CandidateRules.pendingBitsInStrips(in, CandidateParameters.defaults(), 1 + trial * 3);
            java.util.List<Integer> asked = new java.util.ArrayList<>();
            byte[] codes = CandidateRules.resolveActionCodes(bits, CandidateParameters.defaults(), i -> {
                asked.add(i);
                return reach[i];
            });
            for (int i = 0; i < want.length; i++) assertEquals(want[i], codes[i], "trial " + trial + " cell " + i);
            for (int k = 1; k < asked.size(); k++) assertTrue(asked.get(k - 1) < asked.get(k), "order " + asked);
            long sandCandidates = java.util.Arrays.stream(want).filter(c -> c == RestorationAction.SHRUB_SAND_FIXATION.code()).count();
            assertTrue(asked.size() >= sandCandidates, asked.size() + " reach reads, " + sandCandidates + " sand-fixation cells");
            assertTrue(asked.size() < in.cellCount(), "only the cells left pending are asked");
        }
    }

    @Test
    void aFailureBesideTheRoutingWaitsForTheRoutingToEnd() {
        // the rules run while the routing (its own thread) reads the caller's flux: a cancellation reported after
        // the rules must not return before the routing has stopped using it (every cell's flux is read once)
        PlanInputs in = RestorationPlannerTest.basin();
        int n = in.cellCount();
        float[] east = in.fluxEastM3PerMPerYr().readAll(), north = in.fluxNorthM3PerMPerYr().readAll();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        org.dunefront.ranking.FluxField counting = new org.dunefront.ranking.FluxField() {
            @Override public float east(int i) { reads.incrementAndGet(); return east[i]; }
            @Override public float north(int i) { return north[i]; }
        };
        ProgressListener cancelAfterTheRules = (fraction, message) -> fraction < 0.2;
        assertEquals(RoutingScheme.FACE_SPLIT, PlanParameters.defaults().routing().scheme());
        org.junit.jupiter.api.Assertions.assertThrows(org.dunefront.grid.CancelledException.class,
                () -> RestorationPlanner.rankInStrips(in, PlanParameters.defaults(), 7, counting,
                        org.dunefront.ranking.ReachStore.inMemory(n), cancelAfterTheRules));
        assertEquals(n, reads.get());
    }

    /** The same inputs with the four float layers behind strip readers over copies of the arrays. */
    static PlanInputs streamedLayers(PlanInputs in) {
        int w = in.grid().width(), h = in.grid().height();
        return new PlanInputs(in.grid(), in.landCover(), in.landCoverLookup(), strips(in.fluxEastM3PerMPerYr(), w, h),
                strips(in.fluxNorthM3PerMPerYr(), w, h), strips(in.slopeDeg(), w, h), strips(in.aspectDeg(), w, h),
                in.riverFlags(), in.roads());
    }

    private static FloatLayer strips(FloatLayer whole, int w, int h) {
        float[] a = whole.readAll().clone();
        return FloatLayer.inStrips((r0, rows, out) -> System.arraycopy(a, r0 * w, out, 0, rows * w), w, h);
    }

    /** A reach store holding only the cells set (0 elsewhere), unlike the dense arrays of the in-memory store. */
    static final class SparseReach implements org.dunefront.ranking.ReachStore {
        private final java.util.Map<Integer, double[]> cells = new java.util.HashMap<>();

        @Override public double any(int i) { double[] v = cells.get(i); return v == null ? 0 : v[0]; }
        @Override public double value(int i) { double[] v = cells.get(i); return v == null ? 0 : v[1]; }
        @Override public void set(int i, double any, double value) { cells.put(i, new double[] {any, value}); }
    }

    private static PlanParameters parameters(int trial) {
        PlanParameters d = PlanParameters.defaults();
        RoutingParameters routing = new RoutingParameters(trial % 2 == 0 ? RoutingScheme.FACE_SPLIT : RoutingScheme.D8,
                TravelWeighting.values()[trial % 3], 0.1, 10, 30);
        return new PlanParameters(d.candidates(), trial % 4 < 2 ? Connectivity.FOUR : Connectivity.EIGHT,
                trial % 5 == 0 ? 0 : 1.0, routing, d.weights(), d.costs(), d.rechargeFarmlandAdjacencyM(),
                d.rechargeFlatSlopeDeg());
    }

    /** Blobs of every test class on sand, a random smooth-ish flux with some reversals, hills, roads and rivers. */
    private static PlanInputs randomInputs(Random rnd, int w, int h, double dx, double dy) {
        int n = w * h;
        int[] lc = new int[n], rivers = new int[n];
        double[] qe = new double[n], qn = new double[n], slope = new double[n], aspect = new double[n];
        java.util.Arrays.fill(lc, SAND_SEA);
        int[] classes = {DEGRADED_SAND, FARM, TOWN, SALINE_LAND, BELT, LAKE, HILL, MARSH, SALINE_BELT, ROAD_CLASS};
        for (int b = 0; b < 4 + rnd.nextInt(10); b++) {
            int cls = classes[rnd.nextInt(classes.length)], c0 = rnd.nextInt(w), r0 = rnd.nextInt(h);
            int bw = 1 + rnd.nextInt(Math.max(1, w / 3)), bh = 1 + rnd.nextInt(Math.max(1, h / 3));
            for (int r = r0; r < Math.min(h, r0 + bh); r++) {
                for (int c = c0; c < Math.min(w, c0 + bw); c++) lc[r * w + c] = cls;
            }
        }
        double angle = rnd.nextDouble() * 2 * Math.PI;
        int riverRow = rnd.nextInt(h);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int i = r * w + c;
                double a = angle + (rnd.nextDouble() < 0.1 ? Math.PI : 0) + 0.3 * Math.sin(c * 0.3 + r * 0.2);
                double q = 1 + 3 * rnd.nextDouble();
                qe[i] = rnd.nextDouble() < 0.02 ? Double.NaN : q * Math.sin(a);
                qn[i] = q * Math.cos(a);
                slope[i] = lc[i] == HILL ? 5 + rnd.nextInt(20) : rnd.nextDouble() < 0.05 ? Double.NaN : rnd.nextInt(4);
                aspect[i] = rnd.nextDouble() < 0.1 ? Double.NaN : rnd.nextInt(360);
                if (r == riverRow && c < w / 2) {
                    rivers[i] = RiverFlag.valueOf(RiverFlag.RIVER, RiverFlag.CHANNELIZED, RiverFlag.SEASONAL);
                }
            }
        }
        GridGeometry g = GridGeometry.northUp(CrsDefinition.UNKNOWN, 400_000, 4_300_000, dx, dy, w, h);
        return new PlanInputs(g, lc, LOOKUP, qe, qn, slope, aspect, rivers, null);
    }
}
