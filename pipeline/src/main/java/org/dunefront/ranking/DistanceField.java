package org.dunefront.ranking;

/**
 * A compact exact Euclidean distance field (result of {@link DistanceTransform#field}): the distance
 * in metres from each cell centre to the nearest feature cell centre, +∞ when the grid has no feature.
 *
 * <p>Storage is 4 bytes per cell (the double array of {@link DistanceTransform#distanceM} needs 8).
 * On square cells (Δx = Δy, the usual case) it holds the squared distance in cell units
 * k = a² + b² (an int, exact up to 32 767 cells a side) and {@link #distanceM} returns
 * √(Δx²·k), bit-for-bit the value of the double transform. On anisotropic cells it holds the
 * distance as float32 (relative precision 6·10⁻⁸). Immutable after construction; safe to read
 * from several threads.
 */
public final class DistanceField {
    private final int width;
    private final int height;
    private final double cellAreaM2;    // Δx² on square cells
    private final int[] squaredCells;   // square cells: a² + b²; -1 = no feature anywhere
    private final float[] metres;       // anisotropic cells

    DistanceField(int width, int height, double cellSizeSquaredM2, int[] squaredCells) {
        this.width = width;
        this.height = height;
        this.cellAreaM2 = cellSizeSquaredM2;
        this.squaredCells = squaredCells;
        this.metres = null;
    }

    DistanceField(int width, int height, float[] metres) {
        this.width = width;
        this.height = height;
        this.cellAreaM2 = Double.NaN;
        this.squaredCells = null;
        this.metres = metres;
    }

    public int width() { return width; }
    public int height() { return height; }

    /** Distance in metres from cell i (row-major) to the nearest feature; +∞ without features. */
    public double distanceM(int i) {
        if (squaredCells != null) {
            int k = squaredCells[i];
            return k < 0 ? Double.POSITIVE_INFINITY : Math.sqrt(cellAreaM2 * k);
        }
        return metres[i];
    }

    /** The whole field as doubles (8 bytes per cell: for tests and small grids). */
    public double[] toArray() {
        double[] d = new double[width * height];
        for (int i = 0; i < d.length; i++) d[i] = distanceM(i);
        return d;
    }
}
