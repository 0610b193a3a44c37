package org.dunefront.patch;

/**
 * Disjoint sets over cell indices whose representative is always the smallest index of the set,
 * so the result does not depend on the order of unions (deterministic across tilings and threads).
 * Path halving keeps {@code find} amortised near O(1) (Tarjan 1975, J. ACM 22(2):215–225).
 */
final class UnionFind {
    private final int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) parent[i] = i;
    }

    /** The parent array (after all unions: parent[i] ≤ i, roots point to themselves); not copied. */
    int[] parents() { return parent; }

    int find(int i) {
        int[] p = parent;
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    /** Joins the sets of a and b; the smaller root becomes the representative. */
    void union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return;
        if (ra < rb) parent[rb] = ra; else parent[ra] = rb;
    }
}
