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
    public int[] labelsView() { return labels; }

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
     * Turns a union-find parent array into labels <em>in place</em> (4 bytes per cell, no other
     * per-cell array): every set's root is its smallest cell index and every parent is at or before
     * its child, so one row-major pass numbers each root when it is reached and gives every other cell
     * the label already written at its parent. Same numbering as {@link #renumber}.
     *
     * @param parent union-find parents (parent[i] ≤ i, roots point to themselves); becomes the labels
     * @param isBackground true for cells of no class
     * @param classAt      class code of a cell
     */
    static PatchLabels fromParents(int width, int height, Connectivity conn, int[] parent,
                                   java.util.function.IntPredicate isBackground,
                                   java.util.function.IntUnaryOperator classAt) {
        int n = parent.length;
        int count = 0;
        int[] classOf = new int[64];
        long[] cells = new long[64];
        int[] first = new int[64];
        for (int i = 0; i < n; i++) {
            if (isBackground.test(i)) { parent[i] = 0; continue; }
            int p = parent[i];
            int id;
            if (p == i) {
                id = ++count;
                if (id == classOf.length) {
                    classOf = Arrays.copyOf(classOf, 2 * id);
                    cells = Arrays.copyOf(cells, 2 * id);
                    first = Arrays.copyOf(first, 2 * id);
                }
                classOf[id] = classAt.applyAsInt(i);
                first[id] = i;
            } else {
                id = parent[p];
            }
            parent[i] = id;
            cells[id]++;
        }
        classOf = Arrays.copyOf(classOf, count + 1);
        cells = Arrays.copyOf(cells, count + 1);
        first = Arrays.copyOf(first, count + 1);
        classOf[0] = 0;
        cells[0] = 0;
        first[0] = -1;
        return new PatchLabels(width, height, conn, parent, classOf, cells, first);
    }

    /**
     * Keeps only the patches with {@code keep[id]}, renumbered in the order of their first cells
     * (which is the order of their ids), into a new label array. Same result as {@link #renumber} of
     * the kept cells.
     */
    PatchLabels keepOnly(boolean[] keep) {
        return keepOnly(keep, new int[labels.length]);
    }

    /**
     * {@link #keepOnly} that writes the new labels over this object's label array instead of a new one
     * (4 bytes per cell less at the peak): this object must not be used afterwards.
     */
    PatchLabels keepOnlyInPlace(boolean[] keep) {
        return keepOnly(keep, labels);
    }

    private PatchLabels keepOnly(boolean[] keep, int[] out) {
        int n = count();
        int[] newId = new int[n + 1];
        int kept = 0;
        for (int id = 1; id <= n; id++) if (keep[id]) newId[id] = ++kept;
        int[] classes = new int[kept + 1];
        long[] cells = new long[kept + 1];
        int[] first = new int[kept + 1];
        first[0] = -1;
        for (int id = 1; id <= n; id++) {
            if (newId[id] == 0) continue;
            classes[newId[id]] = classOf[id];
            cells[newId[id]] = cellCount[id];
            first[newId[id]] = firstCell[id];
        }
        return renumbered(newId, classes, cells, first, out);
    }

    private PatchLabels renumbered(int[] newId, int[] classes, long[] cells, int[] first, int[] out) {
        java.util.stream.IntStream.range(0, (labels.length + 65535) >> 16).parallel().forEach(b -> {
            int end = Math.min(labels.length, (b + 1) << 16);
            for (int i = b << 16; i < end; i++) out[i] = newId[labels[i]];
        });
        return new PatchLabels(width, height, connectivity, out, classes, cells, first);
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
