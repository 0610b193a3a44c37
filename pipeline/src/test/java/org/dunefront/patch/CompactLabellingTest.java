package org.dunefront.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The in-place union-find labelling (parents become labels) and the byte-coded input give exactly the
 * labels of an independent flood fill numbered by first cell in row-major order, for any tile size;
 * the minimum mapping unit equals removing small flood-filled patches and renumbering.
 */
class CompactLabellingTest {

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void byteAndIntLabellingEqualFloodFillForAnyTileSize(Connectivity conn) {
        Random rnd = new Random(2026);
        for (int trial = 0; trial < 60; trial++) {
            int w = 1 + rnd.nextInt(45), h = 1 + rnd.nextInt(45);
            int classes = 1 + rnd.nextInt(4);
            double fill = 0.3 + 0.6 * rnd.nextDouble();
            int[] a = new int[w * h];
            byte[] b = new byte[w * h];
            for (int i = 0; i < a.length; i++) {
                a[i] = rnd.nextDouble() < fill ? 1 + rnd.nextInt(classes) : 0;
                if (classes == 4 && a[i] == 4) a[i] = 250; // a code above 127: unsigned bytes
                b[i] = (byte) a[i];
            }
            int[] expected = floodFill(a, w, h, conn);
            for (int[] tile : new int[][] {{w, h}, {1, 1}, {7, 5}, {16, 16}, {1 + rnd.nextInt(w), 1 + rnd.nextInt(h)}}) {
                PatchLabels fromInts = ComponentLabeller.labelTiled(a, w, h, conn, tile[0], tile[1]);
                PatchLabels fromBytes = ComponentLabeller.labelTiled(b, w, h, conn, tile[0], tile[1]);
                String where = "trial " + trial + " tiles " + tile[0] + "x" + tile[1];
                assertEquals(fromInts, fromBytes, where);
                int[] got = fromInts.labels();
                for (int i = 0; i < got.length; i++) assertEquals(expected[i], got[i], where + " cell " + i);
                for (int id = 1; id <= fromInts.count(); id++) {
                    int first = fromInts.firstCell(id);
                    assertEquals(id, got[first], where);
                    assertEquals(a[first], fromInts.classOf(id), where);
                    long n = 0;
                    for (int v : got) if (v == id) n++;
                    assertEquals(n, fromInts.cellCount(id), where);
                }
            }
            // minimum mapping unit of 3 cells (1 m² cells, 3e-4 ha) against filtering the flood fill
            PatchLabels all = ComponentLabeller.label(a, w, h, conn);
            int[] kept = MinimumMappingUnit.apply(all, 3e-4, 1.0).labels();
            int[] size = new int[a.length + 1];
            for (int v : expected) size[v]++;
            int[] filtered = new int[a.length];
            for (int i = 0; i < a.length; i++) filtered[i] = expected[i] > 0 && size[expected[i]] >= 3 ? 1 : 0;
            int[] renumbered = floodFillKept(expected, filtered);
            for (int i = 0; i < a.length; i++) assertEquals(renumbered[i], kept[i], "mmu trial " + trial + " cell " + i);
        }
    }

    /** Labels numbered by first cell in row-major order, by breadth-first flood fill. */
    static int[] floodFill(int[] a, int w, int h, Connectivity conn) {
        int[] lab = new int[a.length];
        int count = 0;
        ArrayDeque<Integer> q = new ArrayDeque<>();
        for (int s = 0; s < a.length; s++) {
            if (a[s] <= 0 || lab[s] != 0) continue;
            lab[s] = ++count;
            q.add(s);
            while (!q.isEmpty()) {
                int i = q.poll(), c = i % w, r = i / w;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        if ((dr == 0 && dc == 0) || (conn == Connectivity.FOUR && dr != 0 && dc != 0)) continue;
                        int nc = c + dc, nr = r + dr;
                        if (nc < 0 || nr < 0 || nc >= w || nr >= h) continue;
                        int j = nr * w + nc;
                        if (lab[j] == 0 && a[j] == a[i]) { lab[j] = count; q.add(j); }
                    }
                }
            }
        }
        return lab;
    }

    /** Renumbers the kept labels 1.. in order of first appearance. */
    private static int[] floodFillKept(int[] labels, int[] keep) {
        int[] newId = new int[labels.length + 1];
        int next = 0;
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (keep[i] == 0) continue;
            if (newId[labels[i]] == 0) newId[labels[i]] = ++next;
            out[i] = newId[labels[i]];
        }
        return out;
    }
}
