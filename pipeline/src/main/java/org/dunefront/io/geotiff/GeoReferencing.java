package org.dunefront.io.geotiff;

import org.dunefront.grid.GeoTransform;

/**
 * The affine georeferencing of an image, computed exactly as GDAL's GTiff driver does by default:
 * <ul>
 *   <li>ModelTransformationTag: {@code gt = (m[3], m[0], m[1], m[7], m[4], m[5])} (rotation/shear kept);</li>
 *   <li>one ModelTiepoint (I, J, K, X, Y, Z) + ModelPixelScale (Sx, Sy, Sz):
 *       {@code gt = (X − I·Sx, Sx, 0, Y + J·Sy, 0, −Sy)};</li>
 *   <li>RasterPixelIsPoint (GTRasterTypeGeoKey = 2): the origin is moved by half a pixel,
 *       {@code gt0 −= (gt1 + gt2)/2, gt3 −= (gt4 + gt5)/2}, so that coordinates refer to cell corners;</li>
 *   <li>several tiepoints without a pixel scale are ground control points: no geotransform.</li>
 * </ul>
 *
 * @param transform  the geotransform, or null when the image has none
 * @param kind       how the image is georeferenced
 * @param pixelIsPoint whether the file declared RasterPixelIsPoint
 */
record GeoReferencing(GeoTransform transform, Kind kind, boolean pixelIsPoint) {

    /** How an image is tied to the ground. */
    enum Kind {
        /** A pixel-to-model affine transform (tiepoint + scale, or ModelTransformation). */
        GEOTRANSFORM,
        /** Only ground control points (several tiepoints): no affine transform. */
        GCPS,
        /** Nothing at all. */
        NONE
    }

    static GeoReferencing of(Ifd ifd, GeoKeyDirectory keys) {
        boolean point = keys.code(TiffTags.GT_RASTER_TYPE, TiffTags.RASTER_PIXEL_IS_AREA) == TiffTags.RASTER_PIXEL_IS_POINT;
        TiffField mt = ifd.get(TiffTags.MODEL_TRANSFORMATION);
        TiffField tp = ifd.get(TiffTags.MODEL_TIEPOINT);
        TiffField ps = ifd.get(TiffTags.MODEL_PIXEL_SCALE);
        double[] gt = null;
        Kind kind = Kind.NONE;
        if (mt != null && mt.count() >= 16) {
            double[] m = mt.asDoubles();
            gt = new double[] {m[3], m[0], m[1], m[7], m[4], m[5]};
        } else if (tp != null && tp.count() >= 6 && ps != null && ps.count() >= 2) {
            double[] t = tp.asDoubles();
            double[] s = ps.asDoubles();
            gt = new double[] {t[3] - t[0] * s[0], s[0], 0, t[4] + t[1] * s[1], 0, -s[1]};
        } else if (tp != null && tp.count() >= 6) {
            kind = Kind.GCPS;
        }
        if (gt == null) return new GeoReferencing(null, kind, point);
        if (point) {
            gt[0] -= (gt[1] + gt[2]) * 0.5;
            gt[3] -= (gt[4] + gt[5]) * 0.5;
        }
        try {
            return new GeoReferencing(GeoTransform.fromGdal(gt), Kind.GEOTRANSFORM, point);
        } catch (IllegalArgumentException singular) {
            return new GeoReferencing(null, Kind.NONE, point);
        }
    }
}
