package org.dunefront.grid;

/**
 * A rectangular block of cells in grid (column, row) coordinates. May extend outside a grid
 * (e.g. a tile with its halo at the grid edge); use {@link #intersect(Window)} to clip.
 *
 * @param col    first column (may be negative for halo windows)
 * @param row    first row (may be negative for halo windows)
 * @param width  number of columns (≥ 0)
 * @param height number of rows (≥ 0)
 */
public record Window(int col, int row, int width, int height) {

    public Window {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("Window size must not be negative: " + width + " x " + height);
        }
    }

    public int endCol() {
        return col + width;
    }

    public int endRow() {
        return row + height;
    }

    public long cellCount() {
        return (long) width * height;
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    public boolean contains(int c, int r) {
        return c >= col && c < endCol() && r >= row && r < endRow();
    }

    public boolean contains(Window o) {
        return o.col >= col && o.row >= row && o.endCol() <= endCol() && o.endRow() <= endRow();
    }

    /** The overlap of two windows (empty window at this origin when they do not overlap). */
    public Window intersect(Window o) {
        int c0 = Math.max(col, o.col), r0 = Math.max(row, o.row);
        int c1 = Math.min(endCol(), o.endCol()), r1 = Math.min(endRow(), o.endRow());
        if (c1 <= c0 || r1 <= r0) return new Window(c0, r0, 0, 0);
        return new Window(c0, r0, c1 - c0, r1 - r0);
    }

    public boolean intersects(Window o) {
        return !intersect(o).isEmpty();
    }

    /** This window grown by {@code halo} cells on every side (not clipped). */
    public Window expand(int halo) {
        return new Window(col - halo, row - halo, width + 2 * halo, height + 2 * halo);
    }

    /** This window moved so that {@code origin}'s upper-left becomes (0, 0). */
    public Window relativeTo(Window origin) {
        return new Window(col - origin.col, row - origin.row, width, height);
    }
}
