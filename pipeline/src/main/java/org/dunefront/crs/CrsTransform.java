package org.dunefront.crs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.operation.transform.MathTransforms;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.CrsDefinition;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.NoninvertibleTransformException;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * A coordinate transform between two {@link CrsDefinition}s, always in (x, y) = (easting/longitude,
 * northing/latitude) order on both sides (the display-oriented CRSs of {@link CrsRegistry#resolve}).
 * The operation is the one SIS selects from the EPSG database ({@code CRS.findOperation} without area of
 * interest). Equivalent CRSs ({@link CrsRegistry#equivalent}) and two unknown CRSs give the identity.
 *
 * <p>Points that cannot be transformed (outside the projection's domain) come back as NaN. Instances are
 * immutable, cached per pair of definitions, and thread-safe (SIS math transforms are immutable).
 */
public final class CrsTransform {
    private record Key(CrsDefinition from, CrsDefinition to) { }

    private static final Map<Key, CrsTransform> CACHE = new ConcurrentHashMap<>();
    private static final CrsTransform IDENTITY = new CrsTransform(MathTransforms.identity(2));

    private final MathTransform transform;

    private CrsTransform(MathTransform transform) {
        this.transform = transform;
    }

    /** The identity in two dimensions. */
    public static CrsTransform identity() {
        return IDENTITY;
    }

    /**
     * The transform from {@code from} to {@code to}.
     *
     * @param fromName name of the data set in {@code from} (for messages)
     * @param toName   name of the data set or grid in {@code to} (for messages)
     * @throws InputDataException when one CRS is unknown and the other is not, or no operation exists
     */
    public static CrsTransform between(CrsDefinition from, CrsDefinition to, String fromName, String toName) {
        Key key = new Key(from, to);
        CrsTransform t = CACHE.get(key);
        if (t != null) return t;
        t = create(from, to, fromName, toName);
        CrsTransform raced = CACHE.putIfAbsent(key, t);
        return raced != null ? raced : t;
    }

    private static CrsTransform create(CrsDefinition from, CrsDefinition to, String fromName, String toName) {
        if (!from.isKnown() && !to.isKnown()) return IDENTITY;
        if (!from.isKnown() || !to.isKnown()) {
            String missing = from.isKnown() ? toName : fromName;
            throw new InputDataException(missing, "has no coordinate reference system, so it cannot be related to "
                    + (from.isKnown() ? fromName : toName),
                    "Assign a CRS (e.g. gdal_edit.py -a_srs EPSG:32648 FILE) or set it in the configuration");
        }
        if (CrsRegistry.equivalent(from, to)) return IDENTITY;
        CoordinateReferenceSystem a = CrsRegistry.resolve(from, fromName), b = CrsRegistry.resolve(to, toName);
        try {
            MathTransform mt = CRS.findOperation(a, b, null).getMathTransform();
            if (mt.getSourceDimensions() != 2 || mt.getTargetDimensions() != 2) {
                throw new InputDataException(fromName, "the transform to " + toName + " is not two-dimensional",
                        "Use horizontal (2D) coordinate reference systems");
            }
            return new CrsTransform(mt);
        } catch (FactoryException e) {
            throw new InputDataException(fromName, "no coordinate operation from " + CrsRegistry.describe(from, fromName)
                    + " to " + CrsRegistry.describe(to, toName) + " (" + e.getMessage() + ")",
                    "Reproject the input with gdalwarp first or choose another study-grid CRS", e);
        }
    }

    public boolean isIdentity() {
        return transform.isIdentity();
    }

    /** The SIS transform (x/y order on both sides). */
    public MathTransform mathTransform() {
        return transform;
    }

    /** The inverse transform. */
    public CrsTransform inverse() {
        try {
            return isIdentity() ? this : new CrsTransform(transform.inverse());
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("transform is not invertible: " + e.getMessage(), e);
        }
    }

    /**
     * Transforms {@code count} interleaved (x, y) points of {@code src} starting at {@code srcOff} into
     * {@code dst} at {@code dstOff} (may be the same array). Points that fail become NaN.
     */
    public void transform(double[] src, int srcOff, double[] dst, int dstOff, int count) {
        if (isIdentity()) {
            if (src != dst || srcOff != dstOff) System.arraycopy(src, srcOff, dst, dstOff, 2 * count);
            return;
        }
        double[] in = src;
        int inOff = srcOff;
        if (src == dst && srcOff != dstOff) {
            in = java.util.Arrays.copyOfRange(src, srcOff, srcOff + 2 * count);
            inOff = 0;
        }
        double[] backup = in == dst ? java.util.Arrays.copyOfRange(in, inOff, inOff + 2 * count) : null;
        try {
            transform.transform(in, inOff, dst, dstOff, count);
        } catch (TransformException e) {
            double[] from = backup != null ? backup : in;
            int off = backup != null ? 0 : inOff;
            pointByPoint(from, off, dst, dstOff, count);
        }
    }

    /** Transforms interleaved (x, y) points in place. */
    public void transformInPlace(double[] xy, int offset, int count) {
        transform(xy, offset, xy, offset, count);
    }

    private void pointByPoint(double[] src, int srcOff, double[] dst, int dstOff, int count) {
        double[] p = new double[2];
        for (int i = 0; i < count; i++) {
            p[0] = src[srcOff + 2 * i];
            p[1] = src[srcOff + 2 * i + 1];
            try {
                transform.transform(p, 0, p, 0, 1);
            } catch (TransformException e) {
                p[0] = Double.NaN;
                p[1] = Double.NaN;
            }
            dst[dstOff + 2 * i] = p[0];
            dst[dstOff + 2 * i + 1] = p[1];
        }
    }

    /** One point; {NaN, NaN} when it cannot be transformed. */
    public double[] transformPoint(double x, double y) {
        double[] p = {x, y};
        transformInPlace(p, 0, 1);
        return p;
    }

    /**
     * Bounding box {minX, minY, maxX, maxY} of an envelope after transformation, from
     * {@code pointsPerEdge} points along each edge plus a grid of interior points (GDAL's
     * {@code OCTTransformBounds} densifies edges with 21 points). Points that fail are skipped.
     *
     * @throws IllegalArgumentException when no point could be transformed
     */
    public double[] transformEnvelope(double[] env, int pointsPerEdge) {
        int n = Math.max(2, pointsPerEdge);
        double[] pts = new double[2 * n * n];
        int k = 0;
        for (int j = 0; j < n; j++) {
            double y = env[1] + (env[3] - env[1]) * j / (n - 1);
            for (int i = 0; i < n; i++) {
                pts[k++] = env[0] + (env[2] - env[0]) * i / (n - 1);
                pts[k++] = y;
            }
        }
        transformInPlace(pts, 0, n * n);
        double[] out = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < pts.length; i += 2) {
            if (!Double.isFinite(pts[i]) || !Double.isFinite(pts[i + 1])) continue;
            out[0] = Math.min(out[0], pts[i]);
            out[1] = Math.min(out[1], pts[i + 1]);
            out[2] = Math.max(out[2], pts[i]);
            out[3] = Math.max(out[3], pts[i + 1]);
        }
        if (!(out[0] <= out[2])) throw new IllegalArgumentException("no point of the envelope could be transformed");
        return out;
    }
}
