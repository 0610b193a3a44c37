package org.dunefront.patch;

import java.util.Objects;

/**
 * Connected-component labelling of class codes: cells with the same positive class code that are
 * neighbours (4- or 8-connectivity) form one patch; codes ≤ 0 are background.
 *
 * <p>Algorithm: the classic two-pass scheme with union-find (Rosenfeld &amp; Pfaltz 1966, J. ACM
 * 13(4):471–494; Wu, Otoo &amp; Suzuki 2009, Pattern Anal. Appl. 12:117–135). Pass 1 joins each cell
 * with its already-visited neighbours (W, N and, for 8-connectivity, NW and NE); pass 2 numbers the
 * sets in row-major order of their first cell. For tiling, pass 1 runs on every tile independently
 * (tiles touch disjoint parts of the union-find array, so they may run in any order or in parallel)
 * and the equivalences across tile borders are merged afterwards. Because every set is represented
 * by its smallest cell index, the labels are identical for every tiling. O(N·α(N)) time, O(N) memory.
 */
public final class ComponentLabeller {
    private ComponentLabeller() {}

    /** Labels the whole grid as one tile. */
    public static PatchLabels label(int[] classes, int width, int height, Connectivity connectivity) {
        return labelTiled(classes, width, height, connectivity, width, height);
    }

    /**
     * Labels tile by tile, then merges equivalences across tile borders. The result equals
     * {@link #label} for any tile size.
     *
     * @param classes    per-cell class codes, row-major, length width·height; ≤ 0 = background
     * @param tileWidth  tile width in cells (≥ 1)
     * @param tileHeight tile height in cells (≥ 1)
     */
    public static PatchLabels labelTiled(int[] classes, int width, int height, Connectivity connectivity,
                                         int tileWidth, int tileHeight) {
        Objects.requireNonNull(classes, "classes");
        return labelTiled(Classes.of(classes), width, height, connectivity, tileWidth, tileHeight);
    }

    /** Labels unsigned byte class codes (0 = background, 1..255 classes) as one tile. */
    public static PatchLabels label(byte[] classes, int width, int height, Connectivity connectivity) {
        return labelTiled(classes, width, height, connectivity, width, height);
    }

    /** {@link #labelTiled(int[], int, int, Connectivity, int, int)} for unsigned byte class codes (0 = background). */
    public static PatchLabels labelTiled(byte[] classes, int width, int height, Connectivity connectivity,
                                         int tileWidth, int tileHeight) {
        Objects.requireNonNull(classes, "classes");
        return labelTiled(Classes.of(classes), width, height, connectivity, tileWidth, tileHeight);
    }

    private static PatchLabels labelTiled(Classes classes, int width, int height, Connectivity connectivity,
                                          int tileWidth, int tileHeight) {
        Objects.requireNonNull(connectivity, "connectivity");
        if (width < 1 || height < 1 || (long) width * height != classes.length) {
            throw new IllegalArgumentException("classes length " + classes.length + " does not match "
                    + width + " x " + height);
        }
        if (tileWidth < 1 || tileHeight < 1) throw new IllegalArgumentException("tile size must be ≥ 1");
        UnionFind sets = new UnionFind(classes.length);
        // Pass 1 on all cores (common fork-join pool): a tile's unions and finds only touch the
        // union-find entries of its own cells, so tiles never race and the order does not matter.
        int across = (width + tileWidth - 1) / tileWidth, down = (height + tileHeight - 1) / tileHeight;
        java.util.stream.IntStream.range(0, across * down).parallel().forEach(t -> {
            int c0 = (t % across) * tileWidth, r0 = (t / across) * tileHeight;
            joinInsideTile(classes, width, connectivity, sets, c0, r0,
                    Math.min(width, c0 + tileWidth), Math.min(height, r0 + tileHeight));
        });
        mergeTileBorders(classes, width, height, connectivity, sets, tileWidth, tileHeight);
        return PatchLabels.fromParents(width, height, connectivity, sets.parents(), i -> classes.at(i) <= 0, classes::at);
    }

    /** Class codes per cell over an int or an unsigned byte array. */
    private abstract static class Classes {
        final int length;

        Classes(int length) { this.length = length; }

        abstract int at(int i);

        static Classes of(int[] a) {
            return new Classes(a.length) {
                @Override int at(int i) { return a[i]; }
            };
        }

        static Classes of(byte[] a) {
            return new Classes(a.length) {
                @Override int at(int i) { return a[i] & 0xFF; }
            };
        }
    }

    private static void joinInsideTile(Classes cls, int width, Connectivity conn, UnionFind sets,
                                       int c0, int r0, int c1, int r1) {
        boolean eight = conn == Connectivity.EIGHT;
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                int i = r * width + c;
                int v = cls.at(i);
                if (v <= 0) continue;
                if (c > c0 && cls.at(i - 1) == v) sets.union(i, i - 1);
                if (r > r0) {
                    int up = i - width;
                    if (cls.at(up) == v) sets.union(i, up);
                    if (eight) {
                        if (c > c0 && cls.at(up - 1) == v) sets.union(i, up - 1);
                        if (c + 1 < c1 && cls.at(up + 1) == v) sets.union(i, up + 1);
                    }
                }
            }
        }
    }

    /** Joins every cell with its earlier neighbours that lie in another tile. */
    private static void mergeTileBorders(Classes cls, int width, int height, Connectivity conn, UnionFind sets,
                                         int tw, int th) {
        boolean eight = conn == Connectivity.EIGHT;
        for (int r = 0; r < height; r++) {
            boolean tileTop = r % th == 0;
            for (int c = 0; c < width; c++) {
                boolean tileLeft = c % tw == 0, tileRight = (c + 1) % tw == 0;
                if (!(tileTop || tileLeft || tileRight)) continue;
                int i = r * width + c;
                int v = cls.at(i);
                if (v <= 0) continue;
                if (tileLeft && c > 0 && cls.at(i - 1) == v) sets.union(i, i - 1);
                if (r == 0) continue;
                int up = i - width;
                if (tileTop && cls.at(up) == v) sets.union(i, up);
                if (eight) {
                    if ((tileTop || tileLeft) && c > 0 && cls.at(up - 1) == v) sets.union(i, up - 1);
                    if ((tileTop || tileRight) && c + 1 < width && cls.at(up + 1) == v) sets.union(i, up + 1);
                }
            }
        }
    }
}
