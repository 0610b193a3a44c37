package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-sector shelter mask built strip by strip, as the migrate stage builds it: on a coarser model grid a
 * block is sheltered for sector k when more than half of its study cells are (majority per sector), and the
 * annual capacity computed per strip equals the whole grid's, float for float.
 */
class ShelterMaskStripTest {
    private static final TransportParams P = TransportParams.builder().build();

    @Test
    void aBlockIsShelteredForASectorWhenMostOfItsCellsAre() {
        // 5 x 4 study grid, factor 2: model grid 3 x 2 (last column of blocks 1 study cell wide).
        BlockAggregator agg = new BlockAggregator(5, 4, 2);
        boolean[][] flags = new boolean[2][20]; // sector 0 and sector 3 (S = 4)
        for (int i : new int[] {0, 1, 5}) flags[0][i] = true;        // block (0,0): 3 of 4 -> sheltered
        for (int i : new int[] {2, 7}) flags[0][i] = true;           // block (1,0): 2 of 4 -> not (no strict majority)
        for (int i : new int[] {14, 19}) flags[1][i] = true;         // block (2,1): 1 column x 2 rows, 2 of 2 -> sheltered
        flags[1][4] = true;                                          // block (2,0): 1 of 2 -> not
        ShelterMask.Builder b = ShelterMask.builder(6, 4);
        int[] sector = {0, 3};
        for (int row0 = 0; row0 < 4; row0 += 2) { // strips of one block row, as ModelLayers does
            for (int s = 0; s < 2; s++) {
                boolean[] strip = Arrays.copyOfRange(flags[s], row0 * 5, (row0 + 2) * 5);
                boolean[] blocks = new boolean[3];
                agg.majority(strip, 0, 2, blocks);
                b.mark(sector[s], blocks, (row0 / 2) * 3, 3);
            }
        }
        ShelterMask m = b.build();
        boolean[] s0 = new boolean[6], s3 = new boolean[6];
        for (int i = 0; i < 6; i++) {
            s0[i] = m.sheltered(i, 0);
            s3[i] = m.sheltered(i, 3);
            assertEquals(false, m.sheltered(i, 1) || m.sheltered(i, 2), "unmarked sectors stay clear");
        }
        assertArrayEquals(new boolean[] {true, false, false, false, false, false}, s0);
        assertArrayEquals(new boolean[] {false, false, false, false, false, true}, s3);
        assertThrows(IllegalArgumentException.class, () -> ShelterMask.builder(6, 4).mark(0, new boolean[3], 4, 3));
        assertThrows(IllegalArgumentException.class, () -> ShelterMask.builder(6, 4).mark(4, new boolean[3], 0, 3));
    }

    @Test
    void annualCapacityPerStripEqualsTheWholeGrid() {
        int w = 7, h = 9, n = w * h;
        // Three periods of different directions and magnitudes; every sector sheltered somewhere.
        List<FluxField> periods = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            float[] qx = new float[n], qy = new float[n];
            for (int i = 0; i < n; i++) {
                qx[i] = (float) Math.sin(0.37 * i + k * 2.1) * (3 + k);
                qy[i] = (float) Math.cos(0.23 * i - k) * (2.5f + i % 4);
            }
            qx[5] = Float.NaN; // no flux: capacity 0
            periods.add(new FluxField(qx, qy));
        }
        boolean[][] lee = new boolean[8][n];
        for (int i = 0; i < n; i++) lee[i % 8][i] = (i / 8) % 2 == 0;
        SandTransportInput whole = input(w, h, 0, periods, mask(lee, 0, n));
        float[][] all = CapacityFluxOp.annualMean(whole, P);
        // Independently: the mean of each period's capacity (compute) summed in period order.
        for (int i = 0; i < n; i++) {
            double sx = 0, sy = 0;
            for (FluxField f : periods) {
                float[][] c = CapacityFluxOp.compute(whole, f, P);
                sx += c[0][i];
                sy += c[1][i];
            }
            assertEquals((float) (sx / 3), all[0][i], "qx cell " + i);
            assertEquals((float) (sy / 3), all[1][i], "qy cell " + i);
        }
        for (int strip : new int[] {1, 2, 4}) {
            for (int row0 = 0; row0 < h; row0 += strip) {
                int rows = Math.min(strip, h - row0), from = row0 * w, to = (row0 + rows) * w;
                List<FluxField> part = new ArrayList<>();
                for (FluxField f : periods) {
                    part.add(new FluxField(Arrays.copyOfRange(f.qxM3PerMYr(), from, to), Arrays.copyOfRange(f.qyM3PerMYr(), from, to)));
                }
                float[][] s = CapacityFluxOp.annualMean(input(w, rows, from, part, mask(lee, from, to)), P);
                assertArrayEquals(Arrays.copyOfRange(all[0], from, to), s[0], "qx strip " + row0 + " of " + strip);
                assertArrayEquals(Arrays.copyOfRange(all[1], from, to), s[1], "qy strip " + row0 + " of " + strip);
            }
        }
    }

    private static ShelterMask mask(boolean[][] lee, int from, int to) {
        ShelterMask.Builder b = ShelterMask.builder(to - from, 8);
        for (int k = 0; k < 8; k++) b.mark(k, Arrays.copyOfRange(lee[k], from, to), 0, to - from);
        return b.build();
    }

    private static SandTransportInput input(int w, int h, int from, List<FluxField> flux, ShelterMask m) {
        int n = w * h;
        float[] cover = new float[n];
        for (int i = 0; i < n; i++) cover[i] = ((from + i) % 5) * 0.05f;
        return SandTransportInput.builder(w, h, 30, 30)
                .surface(TransportFixtures.codes(n, SurfaceClass.MOBILE_SAND), TransportFixtures.LOOKUP)
                .potentialFlux(flux).vegetationCoverFraction(cover).shelterBySector(m).build();
    }
}
