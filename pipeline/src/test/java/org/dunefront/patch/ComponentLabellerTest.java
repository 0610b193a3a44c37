package org.dunefront.patch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComponentLabellerTest {

    @Test
    void lShapeIsOnePatchUnderBothConnectivities() {
        String[] l = {"X..", "X..", "XXX"};
        for (Connectivity c : Connectivity.values()) {
            PatchLabels p = Grids.label(c, l);
            assertEquals(1, p.count(), c.name());
            assertArrayEquals(new String[] {"1..", "1..", "111"}, Grids.render(p));
            assertEquals(5, p.cellCount(1));
            assertEquals(0, p.firstCell(1));
            assertEquals(1, p.classOf(1));
        }
    }

    @Test
    void checkerboardIsFiveSinglesWithFourAndOnePatchWithEight() {
        String[] cb = {"X.X", ".X.", "X.X"};
        PatchLabels four = Grids.label(Connectivity.FOUR, cb);
        assertEquals(5, four.count());
        // numbered in row-major order of first cell
        assertArrayEquals(new String[] {"1.2", ".3.", "4.5"}, Grids.render(four));
        PatchLabels eight = Grids.label(Connectivity.EIGHT, cb);
        assertEquals(1, eight.count());
        assertEquals(5, eight.cellCount(1));
    }

    @Test
    void ringWithHoleIsOnePatchAndTheHoleIsBackground() {
        String[] ring = {"XXX", "X.X", "XXX"};
        for (Connectivity c : Connectivity.values()) {
            PatchLabels p = Grids.label(c, ring);
            assertEquals(1, p.count());
            assertEquals(8, p.cellCount(1));
            assertEquals(0, p.label(1, 1));
        }
        // a hole filled with another class makes a second patch of that class
        PatchLabels two = Grids.label(Connectivity.FOUR, "111", "121", "111");
        assertEquals(2, two.count());
        assertEquals(1, two.classOf(1));
        assertEquals(2, two.classOf(2));
        assertEquals(4, two.firstCell(2));
    }

    @Test
    void diagonalPinchSplitsOnlyUnderFourConnectivity() {
        String[] pinch = {"XX..", "XX..", "..XX", "..XX"};
        PatchLabels four = Grids.label(Connectivity.FOUR, pinch);
        assertArrayEquals(new String[] {"11..", "11..", "..22", "..22"}, Grids.render(four));
        PatchLabels eight = Grids.label(Connectivity.EIGHT, pinch);
        assertArrayEquals(new String[] {"11..", "11..", "..11", "..11"}, Grids.render(eight));
        // anti-diagonal pinch (NE neighbour) is merged by the 8-pass as well
        PatchLabels anti = Grids.label(Connectivity.EIGHT, "..X", ".X.", "X..");
        assertEquals(1, anti.count());
        assertEquals(3, Grids.label(Connectivity.FOUR, "..X", ".X.", "X..").count());
    }

    @Test
    void differentClassesNeverJoin() {
        String[] g = {"1122", "1122", "3311"};
        PatchLabels four = Grids.label(Connectivity.FOUR, g);
        assertArrayEquals(new String[] {"1122", "1122", "3344"}, Grids.render(four));
        assertEquals(3, four.classOf(3));
        assertEquals(1, four.classOf(4));
        // with 8-connectivity the lower-right 1s touch the upper-left 1s at a corner: same patch
        PatchLabels eight = Grids.label(Connectivity.EIGHT, g);
        assertArrayEquals(new String[] {"1122", "1122", "3311"}, Grids.render(eight));
        assertEquals(6, eight.cellCount(1));
    }

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void tiledLabellingEqualsUntiledOnRandomGrids(Connectivity conn) {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 40; trial++) {
            int w = 1 + rnd.nextInt(40), h = 1 + rnd.nextInt(40);
            int classes = 1 + rnd.nextInt(3);
            int[] a = new int[w * h];
            for (int i = 0; i < a.length; i++) a[i] = rnd.nextInt(classes + 1);
            PatchLabels whole = ComponentLabeller.label(a, w, h, conn);
            int tw = 1 + rnd.nextInt(w), th = 1 + rnd.nextInt(h);
            PatchLabels tiled = ComponentLabeller.labelTiled(a, w, h, conn, tw, th);
            assertEquals(whole, tiled, "trial " + trial + " tiles " + tw + "x" + th);
            assertEquals(whole, ComponentLabeller.labelTiled(a, w, h, conn, 1, 1));
            assertEquals(bruteForceCount(a, w, h, conn), whole.count(), "trial " + trial);
        }
    }

    /** Independent count by flood fill. */
    private static int bruteForceCount(int[] a, int w, int h, Connectivity conn) {
        boolean[] seen = new boolean[a.length];
        int count = 0;
        java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();
        for (int s = 0; s < a.length; s++) {
            if (a[s] <= 0 || seen[s]) continue;
            count++;
            seen[s] = true;
            q.add(s);
            while (!q.isEmpty()) {
                int i = q.poll(), c = i % w, r = i / w;
                for (int dr = -1; dr <= 1; dr++) for (int dc = -1; dc <= 1; dc++) {
                    if (dr == 0 && dc == 0) continue;
                    if (conn == Connectivity.FOUR && dr != 0 && dc != 0) continue;
                    int nc = c + dc, nr = r + dr;
                    if (nc < 0 || nr < 0 || nc >= w || nr >= h) continue;
                    int j = nr * w + nc;
                    if (!seen[j] && a[j] == a[i]) { seen[j] = true; q.add(j); }
                }
            }
        }
        return count;
    }

    @Test
    void minimumMappingUnitRemovesSmallPatchesAndRenumbers() {
        // 100 m cells = 1 ha each; patches of 1, 3 and 2 cells
        PatchLabels p = Grids.label(Connectivity.FOUR, "X.XX", "..X.", "XX..");
        assertArrayEquals(new String[] {"1.22", "..2.", "33.."}, Grids.render(p));
        PatchLabels kept = MinimumMappingUnit.apply(p, 2.0, 100 * 100);
        assertArrayEquals(new String[] {"..11", "..1.", "22.."}, Grids.render(kept));
        assertEquals(2.0, kept.areaHa(2, 100 * 100), 1e-12);
        assertEquals(1, MinimumMappingUnit.apply(p, 2.5, 10_000).count());
        assertEquals(3, MinimumMappingUnit.apply(p, 0, 10_000).count());
        // 30 m cells (0.09 ha): 3 cells = 0.27 ha pass a 0.27 ha unit despite rounding
        assertEquals(1, MinimumMappingUnit.apply(p, 0.27, 900).count());
    }
}
