package org.dunefront.patch;

import java.util.Arrays;

/**
 * The result of labelling: a label per cell (0 = no patch, 1..{@link #count()} = patch id) and per
 * patch its class code, cell count and first cell (row-major index). Labels are numbered in the
 * row-major order of each patch's first cell, so they are deterministic.
 *
 * <p>Immutable; array accessors return copies except {@link #labelsView()}, which callers must not modify.
 */
public final class PatchLabels {
    private final int width;
    private final int height;
    private final Connectivity connectivity;
    private final int[] labels;
    private final int[] classOf;
    private final long[] cellCount;
    private final int[] firstCell;

    PatchLabels(int width, int height, Connectivity connectivity, int[] labels, int[] classOf,
                long[] cellCount, int[] firstCell) {
        this.width = width;
        this.height = height;
        this.connectivity = connectivity;
        this.labels = labels;
        this.classOf = classOf;
        this.cellCount = cellCount;
        this.firstCell = firstCell;
    }

    public int width() { return width; }
    public int height() { return height; }
    public Connectivity connectivity() { return connectivity; }

    /** Number of patches; ids run from 1 to count. */
    public int count() { return classOf.length - 1; }

    /** Patch id at (col, row), 0 when the cell belongs to no patch. */
    public int label(int col, int row) { return labels[row * width + col]; }

    /** A copy of the per-cell labels (row-major). */
    public int[] labels() { return labels.clone(); }

    /** The per-cell labels without copying; read only. */
    int[] labelsView() { return labels; }

    /** Class code (e.g. action code) of patch {@code id}. */
    public int classOf(int id) { check(id); return classOf[id]; }

    /** Number of cells of patch {@code id}. */
    public long cellCount(int id) { check(id); return cellCount[id]; }

    /** Row-major index of the first cell of patch {@code id}. */
    public int firstCell(int id) { check(id); return firstCell[id]; }

    /** Area of patch {@code id} in hectares given the cell area in m². */
    public double areaHa(int id, double cellAreaM2) { return cellCount(id) * cellAreaM2 / 10_000.0; }

    private void check(int id) {
        if (id < 1 || id >= classOf.length) throw new IndexOutOfBoundsException("patch id " + id + " of " + count());
    }

    @Override public boolean equals(Object o) {
        return o instanceof PatchLabels p && p.width == width && p.height == height
                && p.connectivity == connectivity && Arrays.equals(p.labels, labels)
                && Arrays.equals(p.classOf, classOf) && Arrays.equals(p.cellCount, cellCount)
                && Arrays.equals(p.firstCell, firstCell);
    }

    @Override public int hashCode() { return Arrays.hashCode(labels) * 31 + width; }

    @Override public String toString() {
        return "PatchLabels[" + width + "x" + height + ", " + connectivity + ", " + count() + " patches]";
    }

    /**
     * Builds labels from a per-cell array of provisional representatives (any int per cell, -1 for
     * background) by numbering representatives in row-major order of first appearance.
     */
    static PatchLabels renumber(int width, int height, Connectivity conn, int[] classes, int[] rep) {
        int n = rep.length;
        int[] labels = new int[n];
        int[] idOfRep = new int[n];
        Arrays.fill(idOfRep, 0);
        int count = 0;
        for (int i = 0; i < n; i++) {
            int r = rep[i];
            if (r < 0) continue;
            if (idOfRep[r] == 0) idOfRep[r] = ++count;
            labels[i] = idOfRep[r];
        }
        int[] classOf = new int[count + 1];
        long[] cells = new long[count + 1];
        int[] first = new int[count + 1];
        Arrays.fill(first, -1);
        for (int i = 0; i < n; i++) {
            int id = labels[i];
            if (id == 0) continue;
            if (first[id] < 0) { first[id] = i; classOf[id] = classes[i]; }
            cells[id]++;
        }
        first[0] = -1;
        return new PatchLabels(width, height, conn, labels, classOf, cells, first);
    }
}
