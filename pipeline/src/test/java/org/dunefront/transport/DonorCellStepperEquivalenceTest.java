package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.dunefront.grid.TiledExecutor;
import org.junit.jupiter.api.Test;

/**
 * The activity-tracking {@link DonorCellStepper} against the full-grid oracle {@link ReferenceDonorCellStepper}
 * (the stepper before the optimisation, kept verbatim): random small grids (periodic and open, widths
 * across 64-column word boundaries, one-row and one-column grids), beds with cliffs steeper than the
 * shadow angle, thick sand bodies (sub-grid slip faces), sinks, assets, 1 and 3 threads, and a capacity
 * field that changes direction, magnitude and zero regions between steps so that the set of active cells
 * grows and shrinks. After every step every double and float the steppers expose must have the same bits:
 * thickness, first arrival, the row sums and the four transfer layers.
 */
class DonorCellStepperEquivalenceTest {
    private static final int[] WIDTHS = {1, 2, 3, 5, 17, 40, 63, 64, 65, 100, 128, 131};

    /** What the random cases exercised, so that the comparison cannot pass by comparing idle grids. */
    private static final class Coverage {
        long leeTransfers;
        long cellsChanged;
        long outflowSteps;
        long sunkSteps;
        long assetSteps;
        long idleCellSteps;
    }

    @Test
    void randomGridsMatchTheFullGridOracleBitForBit() {
        Coverage cov = new Coverage();
        for (int seed = 0; seed < 160; seed++) runCase(seed, cov);
        assertTrue(cov.leeTransfers > 1000, "slip-face transfers exercised: " + cov.leeTransfers);
        assertTrue(cov.cellsChanged > 100_000, "cell updates that changed thickness: " + cov.cellsChanged);
        assertTrue(cov.outflowSteps > 100, "steps with outflow: " + cov.outflowSteps);
        assertTrue(cov.sunkSteps > 100, "steps with sand sunk: " + cov.sunkSteps);
        assertTrue(cov.assetSteps > 100, "steps with sand reaching assets: " + cov.assetSteps);
        assertTrue(cov.idleCellSteps > 100_000, "cell steps with no sand around: " + cov.idleCellSteps);
    }

    private static void runCase(int seed, Coverage cov) {
        Random rnd = new Random(1000L + seed);
        int w = WIDTHS[rnd.nextInt(WIDTHS.length)];
        int h = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 3 : 40);
        int n = w * h;
        BoundaryCondition bc = rnd.nextBoolean() ? BoundaryCondition.PERIODIC : BoundaryCondition.OPEN;
        int threads = seed % 2 == 0 ? 1 : 3;
        double cell = 10 + 20 * rnd.nextDouble();
        TransportParams p = TransportParams.builder().boundary(bc).threads(threads).rowsPerTask(1 + rnd.nextInt(7))
                .shadowAngleDeg(rnd.nextInt(6) == 0 ? 90 : 5 + 20 * rnd.nextDouble())
                .slipFaceMinHeightM(0.2 + 2 * rnd.nextDouble()).build();
        byte[] codes = new byte[n];
        for (int i = 0; i < n; i++) {
            int u = rnd.nextInt(100);
            codes[i] = (byte) (u < 6 ? SurfaceClass.SINK.ordinal() : u < 10 ? SurfaceClass.ASSET_TRAP.ordinal() : u % 3);
        }
        int assetClasses = rnd.nextInt(4);
        byte[] assets = null;
        if (assetClasses > 0) {
            assets = new byte[n];
            for (int i = 0; i < n; i++) assets[i] = (byte) (rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(assetClasses) : 0);
        }
        SandTransportInput in = SandTransportInput.builder(w, h, cell, cell * (0.8 + 0.4 * rnd.nextDouble()))
                .surface(codes, TransportFixtures.LOOKUP)
                .potentialFlux(FluxField.uniform(n, 0, 0))
                .bedElevationM(rnd.nextInt(4) == 0 ? null : bed(rnd, w, h))
                .assets(assets, List.of("farmland", "settlement", "road").subList(0, assetClasses))
                .build();
        SurfaceClass[] cls = in.resolveClasses();
        double[] h0 = sand(rnd, w, h);
        double[] hRef = h0.clone(), hFast = h0.clone();
        try (TiledExecutor e1 = new TiledExecutor(threads); TiledExecutor e2 = new TiledExecutor(threads)) {
            ReferenceDonorCellStepper ref = new ReferenceDonorCellStepper(in, cls, hRef, p, e1);
            DonorCellStepper fast = new DonorCellStepper(in, cls, hFast, p, e2);
            String where = "seed " + seed + " (" + w + " x " + h + ", " + bc + ", " + threads + " threads)";
            same(ref.firstArrival, fast.firstArrival, where + " initial first arrival");
            float[] qx = new float[n], qy = new float[n];
            double dt = 1.0 / 24, thr = p.arrivalThresholdM();
            int steps = 20 + rnd.nextInt(40);
            for (int step = 0; step < steps; step++) {
                if (step == 0 || rnd.nextInt(4) == 0) capacity(rnd, w, h, qx, qy);
                double[] before = hRef.clone();
                double time = (step + 1) * dt;
                ref.step(qx, qy, dt, time, thr);
                fast.step(qx, qy, dt, time, thr);
                String at = where + " step " + step;
                same(hRef, hFast, at + " thickness");
                same(ref.firstArrival, fast.firstArrival, at + " first arrival");
                same(ref.outflowByRow, fast.outflowByRow, at + " outflow");
                same(ref.sunkByRow, fast.sunkByRow, at + " sunk");
                same(ref.assetInByRow, fast.assetInByRow, at + " asset inflow");
                same(ref.ox, fast.ox, at + " ox");
                same(ref.oy, fast.oy, at + " oy");
                same(ref.ex, fast.ex, at + " ex");
                same(ref.ey, fast.ey, at + " ey");
                tally(cov, ref, before, hRef, w, h, bc);
            }
        }
    }

    /** A bed of plateaus with cliffs (many steeper than any shadow angle used) and a little noise, m. */
    private static float[] bed(Random rnd, int w, int h) {
        float[] z = new float[w * h];
        for (int b = 0; b < 1 + rnd.nextInt(5); b++) {
            int c0 = rnd.nextInt(w), r0 = rnd.nextInt(h), cw = 1 + rnd.nextInt(Math.max(1, w / 2)), rh = 1 + rnd.nextInt(Math.max(1, h / 2));
            float lift = (float) (30 * rnd.nextDouble());
            for (int r = r0; r < Math.min(h, r0 + rh); r++) for (int c = c0; c < Math.min(w, c0 + cw); c++) z[r * w + c] += lift;
        }
        for (int i = 0; i < z.length; i++) z[i] += (float) (0.5 * rnd.nextDouble());
        return z;
    }

    /**
     * Sand bodies (rectangles 0.5–8 m thick, so their edges are sub-grid slip faces) on bare ground, a few
     * stray cells, and some −0.0 thicknesses (valid input that a full update turns into +0.0).
     */
    private static double[] sand(Random rnd, int w, int h) {
        double[] t = new double[w * h];
        for (int b = 0; b < rnd.nextInt(5); b++) {
            int c0 = rnd.nextInt(w), r0 = rnd.nextInt(h), cw = 1 + rnd.nextInt(Math.max(1, w / 3)), rh = 1 + rnd.nextInt(Math.max(1, h / 3));
            double top = 0.5 + 7.5 * rnd.nextDouble();
            for (int r = r0; r < Math.min(h, r0 + rh); r++) {
                for (int c = c0; c < Math.min(w, c0 + cw); c++) t[r * w + c] = top * (0.7 + 0.3 * rnd.nextDouble());
            }
        }
        for (int i = 0; i < t.length; i++) {
            int u = rnd.nextInt(50);
            if (u == 0) t[i] = 3 * rnd.nextDouble();
            else if (u == 1 && t[i] == 0) t[i] = -0.0;
        }
        return t;
    }

    /**
     * A new capacity field, m³ m⁻¹ yr⁻¹: a random direction and strength (strong enough to move a cell's
     * worth of sand in a few steps), local perturbations, a calm rectangle (0 or −0.0) and occasional
     * reversed cells.
     */
    private static void capacity(Random rnd, int w, int h, float[] qx, float[] qy) {
        double dir = 2 * Math.PI * rnd.nextDouble(), m0 = rnd.nextInt(8) == 0 ? 0 : 50 + 2000 * rnd.nextDouble();
        for (int i = 0; i < qx.length; i++) {
            double m = m0 * (0.5 + rnd.nextDouble()), d = dir + 0.6 * (rnd.nextDouble() - 0.5);
            qx[i] = (float) (m * Math.sin(d));
            qy[i] = (float) (m * Math.cos(d));
            if (rnd.nextInt(40) == 0) {
                qx[i] = -qx[i];
                qy[i] = -qy[i];
            }
            if (rnd.nextInt(30) == 0) qx[i] = 0f;
        }
        int c0 = rnd.nextInt(w), r0 = rnd.nextInt(h), cw = rnd.nextInt(w + 1), rh = rnd.nextInt(h + 1);
        float calm = rnd.nextBoolean() ? 0f : -0.0f;
        for (int r = r0; r < Math.min(h, r0 + rh); r++) {
            for (int c = c0; c < Math.min(w, c0 + cw); c++) {
                qx[r * w + c] = calm;
                qy[r * w + c] = calm;
            }
        }
    }

    private static void tally(Coverage cov, ReferenceDonorCellStepper ref, double[] before, double[] after, int w, int h,
                              BoundaryCondition bc) {
        for (int i = 0; i < after.length; i++) {
            if (ref.ex[i] != 0 || ref.ey[i] != 0) cov.leeTransfers++;
            if (after[i] != before[i]) cov.cellsChanged++;
            if (!(before[i] > 0) && !sandNear(before, i, w, h, bc == BoundaryCondition.PERIODIC)) cov.idleCellSteps++;
        }
        if (Arrays.stream(ref.outflowByRow).anyMatch(v -> v > 0)) cov.outflowSteps++;
        if (Arrays.stream(ref.sunkByRow).anyMatch(v -> v > 0)) cov.sunkSteps++;
        if (Arrays.stream(ref.assetInByRow).anyMatch(v -> v > 0)) cov.assetSteps++;
    }

    private static boolean sandNear(double[] t, int i, int w, int h, boolean periodic) {
        int c = i % w, r = i / w;
        int[][] nbs = {{c - 1, r}, {c + 1, r}, {c, r - 1}, {c, r + 1}};
        for (int[] nb : nbs) {
            int cc = nb[0], rr = nb[1];
            if (periodic) {
                cc = Math.floorMod(cc, w);
                rr = Math.floorMod(rr, h);
            } else if (cc < 0 || cc >= w || rr < 0 || rr >= h) {
                continue;
            }
            if (t[rr * w + cc] > 0) return true;
        }
        return false;
    }

    private static void same(double[] a, double[] b, String what) {
        assertEquals(a.length, b.length, what);
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
                fail(what + " differs at " + i + ": " + a[i] + " vs " + b[i]);
            }
        }
    }

    private static void same(float[] a, float[] b, String what) {
        assertEquals(a.length, b.length, what);
        for (int i = 0; i < a.length; i++) {
            if (Float.floatToRawIntBits(a[i]) != Float.floatToRawIntBits(b[i])) {
                fail(what + " differs at " + i + ": " + a[i] + " vs " + b[i]);
            }
        }
    }
}
