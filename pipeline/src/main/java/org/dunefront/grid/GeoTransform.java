package org.dunefront.grid;

/**
 * Affine transform from pixel corner coordinates (column, row) to CRS coordinates, in GDAL order:
 * {@code x = originX + col·pixelWidth + row·rowRotation},
 * {@code y = originY + col·colRotation + row·pixelHeight}.
 * For a north-up grid the rotations are 0 and {@code pixelHeight} is negative.
 * Coordinates refer to the upper-left corner of a cell (PixelIsArea convention).
 */
public record GeoTransform(double originX, double pixelWidth, double rowRotation,
                           double originY, double colRotation, double pixelHeight) {

    public GeoTransform {
        double det = pixelWidth * pixelHeight - rowRotation * colRotation;
        if (!(Math.abs(det) > 0) || !Double.isFinite(det)) {
            throw new IllegalArgumentException("Geotransform is singular or not finite: det=" + det);
        }
    }

    /** A north-up transform with square or rectangular cells (cell sizes given as positive numbers). */
    public static GeoTransform northUp(double originX, double originY, double cellWidth, double cellHeight) {
        return new GeoTransform(originX, cellWidth, 0, originY, 0, -cellHeight);
    }

    /** GDAL's 6-coefficient array order. */
    public static GeoTransform fromGdal(double[] gt) {
        return new GeoTransform(gt[0], gt[1], gt[2], gt[3], gt[4], gt[5]);
    }

    public double[] toGdal() {
        return new double[] {originX, pixelWidth, rowRotation, originY, colRotation, pixelHeight};
    }

    public boolean isNorthUp() {
        return rowRotation == 0 && colRotation == 0 && pixelHeight < 0 && pixelWidth > 0;
    }

    /** CRS x of the pixel position (col, row); use col + 0.5 for cell centres. */
    public double x(double col, double row) {
        return originX + col * pixelWidth + row * rowRotation;
    }

    public double y(double col, double row) {
        return originY + col * colRotation + row * pixelHeight;
    }

    private double det() {
        return pixelWidth * pixelHeight - rowRotation * colRotation;
    }

    /** Fractional column of the CRS point (x, y). */
    public double col(double x, double y) {
        double dx = x - originX, dy = y - originY;
        return (dx * pixelHeight - dy * rowRotation) / det();
    }

    /** Fractional row of the CRS point (x, y). */
    public double row(double x, double y) {
        double dx = x - originX, dy = y - originY;
        return (dy * pixelWidth - dx * colRotation) / det();
    }

    /** Cell size along x in CRS units (length of the column step vector). */
    public double cellSizeX() {
        return Math.hypot(pixelWidth, colRotation);
    }

    /** Cell size along y in CRS units (length of the row step vector). */
    public double cellSizeY() {
        return Math.hypot(rowRotation, pixelHeight);
    }

    /** The transform of a sub-window starting at (col, row). */
    public GeoTransform shift(int col, int row) {
        return new GeoTransform(x(col, row), pixelWidth, rowRotation, y(col, row), colRotation, pixelHeight);
    }
}
