package org.dunefront.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dunefront.crs.CrsTransform;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.io.VectorLayer;
import org.dunefront.io.gpkg.GeoPackageReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Reads vector inputs (GeoPackage or GeoJSON) and turns their geometries into study-grid pixel coordinates. */
final class VectorInputs {
    private VectorInputs() { }

    /** The single feature layer of a GeoPackage, or a GeoJSON file. */
    static VectorLayer read(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gpkg")) return GeoPackageReader.readSingle(file);
        if (n.endsWith(".geojson") || n.endsWith(".json")) return GeoJsonReader.read(file);
        throw new InputDataException(file.toString(), "unsupported vector format (only GeoPackage .gpkg and GeoJSON .geojson)",
                "Convert it, e.g. ogr2ogr -f GPKG out.gpkg " + file.getFileName());
    }

    /**
     * Interleaved (col, row) pixel coordinates of {@code g} on {@code grid} after transforming from
     * {@code t}: every line string of {@code g} (polygon rings included).
     */
    static List<double[]> pixelPaths(Geometry g, CrsTransform t, GridGeometry grid) {
        List<double[]> out = new ArrayList<>();
        collect(g, t, grid.transform(), out, false);
        return out;
    }

    /** Each polygon of {@code g} as its rings in pixel coordinates. */
    static List<List<double[]>> pixelPolygons(Geometry g, CrsTransform t, GridGeometry grid) {
        List<List<double[]>> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                List<double[]> rings = new ArrayList<>();
                collect(p, t, grid.transform(), rings, true);
                out.add(rings);
            } else if (part.getNumGeometries() > 1 || part != g) {
                out.addAll(pixelPolygons(part, t, grid));
            }
        }
        return out;
    }

    private static void collect(Geometry g, CrsTransform t, GeoTransform gt, List<double[]> out, boolean rings) {
        if (g instanceof Polygon p) {
            out.add(toPixels(p.getExteriorRing(), t, gt));
            for (int i = 0; i < p.getNumInteriorRing(); i++) out.add(toPixels(p.getInteriorRingN(i), t, gt));
        } else if (g instanceof LineString l) {
            if (!rings) out.add(toPixels(l, t, gt));
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part != g) collect(part, t, gt, out, rings);
            }
        }
    }

    private static double[] toPixels(LineString l, CrsTransform t, GeoTransform gt) {
        var cs = l.getCoordinateSequence();
        double[] xy = new double[2 * cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            xy[2 * i] = cs.getX(i);
            xy[2 * i + 1] = cs.getY(i);
        }
        t.transformInPlace(xy, 0, cs.size());
        for (int i = 0; i < xy.length; i += 2) {
            double x = xy[i], y = xy[i + 1];
            xy[i] = gt.col(x, y);
            xy[i + 1] = gt.row(x, y);
        }
        return xy;
    }

    /** Bounding box {minX, minY, maxX, maxY} of every geometry of the layer in the target CRS. */
    static double[] envelope(VectorLayer layer, CrsTransform t, String file) {
        double[] env = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (var f : layer.features()) {
            if (f.geometry() == null) continue;
            var cs = f.geometry().getCoordinates();
            double[] xy = new double[2 * cs.length];
            for (int i = 0; i < cs.length; i++) {
                xy[2 * i] = cs[i].x;
                xy[2 * i + 1] = cs[i].y;
            }
            t.transformInPlace(xy, 0, cs.length);
            for (int i = 0; i < xy.length; i += 2) {
                if (!Double.isFinite(xy[i]) || !Double.isFinite(xy[i + 1])) continue;
                env[0] = Math.min(env[0], xy[i]);
                env[1] = Math.min(env[1], xy[i + 1]);
                env[2] = Math.max(env[2], xy[i]);
                env[3] = Math.max(env[3], xy[i + 1]);
            }
        }
        if (!(env[0] < env[2]) || !(env[1] < env[3])) {
            throw new InputDataException(file, "the layer has no geometry with an area (empty or degenerate extent)",
                    "Give a polygon layer covering the study area");
        }
        return env;
    }
}
