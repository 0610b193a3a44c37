package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.dunefront.grid.ProgressListener;
import org.junit.jupiter.api.Test;

/** science.md §7 T10 and determinism: rotation symmetry, thread count and task size independence. */
class SandTransportSymmetryTest {
    private static final int W = 14;
    private static final int H = 9;

    private record Layers(byte[] codes, float[] qx, float[] qy, float[] cover, float[] h0, float[] sx, float[] bed,
                          byte[] assets) {
    }

    private static Layers random(long seed) {
        Random rnd = new Random(seed);
        int n = W * H;
        byte[] codes = new byte[n], assets = new byte[n];
        for (int i = 0; i < n; i++) {
            codes[i] = (byte) rnd.nextInt(5);
            assets[i] = (byte) (codes[i] == SurfaceClass.ASSET_TRAP.ordinal() ? 2 : rnd.nextInt(4) == 0 ? 1 : 0);
        }
        float[] qx = new float[n], qy = new float[n];
        for (int i = 0; i < n; i++) {
            double m = 10 + 30 * rnd.nextDouble(), d = 2.0 + 0.6 * (rnd.nextDouble() - 0.5); // sand toward ~SSE
            qx[i] = (float) (m * Math.sin(d));
            qy[i] = (float) (m * Math.cos(d));
        }
        return new Layers(codes, qx, qy, TransportFixtures.randomFloats(rnd, n, 0, 0.2),
                TransportFixtures.randomFloats(rnd, n, 0, 4), TransportFixtures.randomFloats(rnd, n, -10, 20),
                TransportFixtures.randomFloats(rnd, n, 0, 3), assets);
    }

    private static SandTransportInput input(Layers l, int w, int h) {
        return SandTransportInput.builder(w, h, 20, 20)
                .surface(l.codes(), TransportFixtures.LOOKUP)
                .potentialFlux(new FluxField(l.qx(), l.qy()))
                .vegetationCoverFraction(l.cover()).initialThicknessM(l.h0()).shelterLocalDeg(l.sx())
                .bedElevationM(l.bed()).assets(l.assets(), List.of("farmland", "settlement"))
                .build();
    }

    /** Rotates every layer 90° clockwise; vectors too: new east = old north, new north = −old east. */
    private static Layers rotated(Layers l) {
        float[] qx = TransportFixtures.rotate(l.qy(), W, H);
        float[] qy = TransportFixtures.rotate(l.qx(), W, H);
        for (int i = 0; i < qy.length; i++) qy[i] = -qy[i];
        return new Layers(TransportFixtures.rotate(l.codes(), W, H), qx, qy, TransportFixtures.rotate(l.cover(), W, H),
                TransportFixtures.rotate(l.h0(), W, H), TransportFixtures.rotate(l.sx(), W, H),
                TransportFixtures.rotate(l.bed(), W, H), TransportFixtures.rotate(l.assets(), W, H));
    }

    @Test
    void t10_rotatingGridAndWindBy90DegreesRotatesTheResultsExactly() {
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            TransportParams p = TransportParams.builder().boundary(bc).horizonYears(4).build();
            Layers l = random(11);
            SandTransportResult a = SandTransportOp.run(input(l, W, H), p, ProgressListener.NONE);
            SandTransportResult b = SandTransportOp.run(input(rotated(l), H, W), p, ProgressListener.NONE);
            assertArrayEquals(TransportFixtures.rotate(a.thicknessM(), W, H), b.thicknessM(), bc + " thickness");
            assertArrayEquals(TransportFixtures.rotate(a.firstArrivalYear(), W, H), b.firstArrivalYear(), bc + " arrival");
            assertArrayEquals(TransportFixtures.rotate(a.netChangeM(), W, H), b.netChangeM(), bc + " net change");
            MassBudget ma = a.summary().massBudget(), mb = b.summary().massBudget();
            assertEquals(ma.finalM3(), mb.finalM3(), 1e-12 * ma.initialM3());
            assertEquals(ma.outflowM3(), mb.outflowM3(), 1e-12 * ma.initialM3());
            for (int k = 0; k < 2; k++) {
                assertArrayEquals(a.summary().assets().get(k).volumeM3ByYear(), b.summary().assets().get(k).volumeM3ByYear(),
                        1e-9, bc + " asset " + k);
            }
        }
    }

    @Test
    void resultsDoNotDependOnThreadsOrRowsPerTask() {
        Layers l = random(5);
        SandTransportResult ref = SandTransportOp.run(input(l, W, H),
                TransportParams.builder().horizonYears(3).threads(1).rowsPerTask(64).build(), ProgressListener.NONE);
        for (int threads : new int[] {1, 2}) {
            for (int rows : new int[] {1, 4}) {
                SandTransportResult r = SandTransportOp.run(input(l, W, H),
                        TransportParams.builder().horizonYears(3).threads(threads).rowsPerTask(rows).build(), ProgressListener.NONE);
                String where = threads + " threads, " + rows + " rows per task";
                assertArrayEquals(ref.thicknessM(), r.thicknessM(), where);
                assertArrayEquals(ref.firstArrivalYear(), r.firstArrivalYear(), where);
                assertArrayEquals(ref.frontAdvanceRateMPerYr(), r.frontAdvanceRateMPerYr(), where);
                assertEquals(ref.summary().massBudget(), r.summary().massBudget(), where);
                for (int k = 0; k < 2; k++) {
                    assertArrayEquals(ref.summary().assets().get(k).volumeM3ByYear(),
                            r.summary().assets().get(k).volumeM3ByYear(), where);
                }
            }
        }
    }
}
