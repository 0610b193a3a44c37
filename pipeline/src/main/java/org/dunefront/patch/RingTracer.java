package org.dunefront.patch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Traces the boundary rings of 4-connected pieces along cell edges, in grid vertex coordinates
 * (vertex (vc, vr) is the upper-left corner of cell (vc, vr)).
 *
 * <p>Every boundary edge is walked once with its owner cell on the right-hand side (screen
 * orientation, rows growing downwards). At a vertex the walk "hugs" the owner: turn right if the
 * cell ahead-right is not in the piece, else go straight if the cell ahead-left is not in the piece,
 * else turn left. At a diagonal pinch this keeps the two diagonal cells apart, so a ring bounds one
 * 4-connected piece. A ring may then visit a pinch vertex twice (a shell touching its own hole, or
 * two holes touching); such rings are split at the repeated vertex into simple loops, which is the
 * OGC-valid representation (holes touching the shell or each other at single points). Only corner
 * vertices are kept. Shells have positive signed area in grid coordinates, holes negative.
 */
final class RingTracer {
    /** Direction steps E, S, W, N in (col, row). */
    private static final int[] DC = {1, 0, -1, 0};
    private static final int[] DR = {0, 1, 0, -1};

    private final int width;
    private final int height;
    private final int[] piece;

    /** One simple ring: corner vertex indices (vr·(width+1)+vc), not closed. */
    record Ring(int piece, int[] vertices, long twiceSignedArea) {
        boolean isShell() { return twiceSignedArea > 0; }
    }

    RingTracer(int width, int height, int[] piece) {
        this.width = width;
        this.height = height;
        this.piece = piece;
    }

    private int at(int c, int r) {
        return c < 0 || r < 0 || c >= width || r >= height ? 0 : piece[r * width + c];
    }

    /** Owner cell column of the edge leaving vertex (vc, vr) in direction d. */
    private static int ownerCol(int vc, int d) { return d == 0 || d == 3 ? vc : vc - 1; }

    private static int ownerRow(int vr, int d) { return d == 0 || d == 1 ? vr : vr - 1; }

    /** All simple rings, in row-major order of the cell where each ring was found. */
    List<Ring> traceAll() {
        byte[] visited = new byte[width * height];
        List<Ring> rings = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                int i = r * width + c;
                int p = piece[i];
                if (p <= 0) continue;
                for (int side = 0; side < 4; side++) {
                    if ((visited[i] & (1 << side)) != 0) continue;
                    int nc = c + (side == 1 ? 1 : side == 3 ? -1 : 0);
                    int nr = r + (side == 2 ? 1 : side == 0 ? -1 : 0);
                    if (at(nc, nr) == p) continue;
                    int vc = side == 0 || side == 3 ? c : c + 1;
                    int vr = side == 0 || side == 1 ? r : r + 1;
                    int[] corners = trace(p, vc, vr, side, visited);
                    for (int[] loop : splitAtRepeatedVertices(corners)) {
                        rings.add(new Ring(p, loop, twiceSignedArea(loop)));
                    }
                }
            }
        }
        return rings;
    }

    private int[] trace(int p, int vc0, int vr0, int d0, byte[] visited) {
        IntList corners = new IntList();
        int vc = vc0, vr = vr0, d = d0;
        do {
            int oc = ownerCol(vc, d), or = ownerRow(vr, d);
            visited[or * width + oc] |= (byte) (1 << d);
            vc += DC[d];
            vr += DR[d];
            int right = (d + 1) & 3, left = (d + 3) & 3;
            int aheadRight = at(ownerCol(vc, d), ownerRow(vr, d));
            int aheadLeft = at(ownerCol(vc, left), ownerRow(vr, left));
            int next;
            if (aheadRight != p) next = right;
            else if (aheadLeft != p) next = d;
            else next = left;
            if (next != d) corners.add(vr * (width + 1) + vc);
            d = next;
        } while (vc != vc0 || vr != vr0 || d != d0);
        return corners.toArray();
    }

    /** Splits a cyclic vertex sequence into loops that visit every vertex once. */
    static List<int[]> splitAtRepeatedVertices(int[] cyc) {
        List<int[]> loops = new ArrayList<>();
        int[] stack = new int[cyc.length];
        int top = 0;
        Map<Integer, Integer> pos = new HashMap<>();
        for (int v : cyc) {
            Integer at = pos.get(v);
            if (at != null) {
                int[] loop = new int[top - at];
                System.arraycopy(stack, at, loop, 0, loop.length);
                for (int k = at + 1; k < top; k++) pos.remove(stack[k]);
                top = at + 1;
                loops.add(loop);
            } else {
                pos.put(v, top);
                stack[top++] = v;
            }
        }
        int[] rest = new int[top];
        System.arraycopy(stack, 0, rest, 0, top);
        loops.add(rest);
        return loops;
    }

    private long twiceSignedArea(int[] loop) {
        long s = 0;
        int n = loop.length, w1 = width + 1;
        for (int k = 0; k < n; k++) {
            int a = loop[k], b = loop[(k + 1) % n];
            long ax = a % w1, ay = a / w1, bx = b % w1, by = b / w1;
            s += ax * by - bx * ay;
        }
        return s;
    }

    /** A growable int array. */
    static final class IntList {
        private int[] a = new int[16];
        private int n;

        void add(int v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int[] toArray() { return java.util.Arrays.copyOf(a, n); }
    }
}
