package org.dunefront.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dunefront.crs.CrsTransform;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.GridGeometry;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.legend.Legend;
import org.dunefront.legend.SurfaceType;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Puntal;

/**
 * Reads the asset vector file and sorts its features into legend classes, in study-grid pixel coordinates.
 * The class of a feature is its {@link #CLASS_FIELD} attribute, a legend id whose surface is
 * {@link SurfaceType#ASSET_TRAP}; a missing or blank value gives {@link #DEFAULT_LINE_CLASS} to line parts and
 * {@link #DEFAULT_POLYGON_CLASS} to polygon parts. Everything is validated before anything is written: a missing
 * file, no CRS, no feature with a geometry, point geometries and unknown or non-asset classes are
 * {@link InputDataException}s naming the file, the feature and the fix.
 */
final class AssetFeatures {
    /** Attribute holding the legend id of a feature. */
    static final String CLASS_FIELD = "class";
    /** Class of line features without a class attribute. */
    static final String DEFAULT_LINE_CLASS = "road";
    /** Class of polygon features without a class attribute. */
    static final String DEFAULT_POLYGON_CLASS = "settlement";

    private AssetFeatures() { }

    /** The asset shapes of {@code in} on {@code grid}, with the classes of {@code legend}. */
    static AssetShapes read(AssetInput in, Legend legend, GridGeometry grid) {
        Path file = in.file();
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(name, "asset file not found", "Check study.assets in the configuration (a GeoPackage"
                    + " or GeoJSON of asset lines/polygons, relative to the configuration file), or set it to \"\" for none");
        }
        VectorLayer layer = VectorInputs.read(file);
        if (!layer.crs().isKnown()) {
            throw new InputDataException(name, "the asset layer '" + layer.name() + "' has no coordinate reference system",
                    "Assign one, e.g. ogr2ogr -a_srs EPSG:4326 fixed.gpkg " + file.getFileName());
        }
        CrsTransform t = CrsTransform.between(layer.crs(), grid.crs(), name, "the study grid");
        Map<Integer, Builder> byCode = new LinkedHashMap<>();
        int withGeometry = 0;
        List<VectorFeature> features = layer.features();
        for (int i = 0; i < features.size(); i++) {
            VectorFeature f = features.get(i);
            Geometry g = f.geometry();
            if (g == null || g.isEmpty()) continue;
            withGeometry++;
            String where = describe(f, i);
            LandCoverClass explicit = explicitClass(f, legend, name, where);
            List<Geometry> lines = new ArrayList<>(), polygons = new ArrayList<>();
            split(g, lines, polygons, name, where);
            if (!lines.isEmpty()) {
                Builder b = builder(byCode, explicit != null ? explicit : defaultClass(legend, DEFAULT_LINE_CLASS, name), i);
                for (Geometry l : lines) b.lines.addAll(VectorInputs.pixelPaths(l, t, grid));
            }
            if (!polygons.isEmpty()) {
                Builder b = builder(byCode, explicit != null ? explicit : defaultClass(legend, DEFAULT_POLYGON_CLASS, name), i);
                for (Geometry p : polygons) b.polygons.addAll(VectorInputs.pixelPolygons(p, t, grid));
            }
        }
        if (withGeometry == 0) {
            throw new InputDataException(name, "the asset layer '" + layer.name() + "' is empty (" + features.size()
                    + " features, none with a geometry)", "Give asset lines or polygons, or set study.assets to \"\" for none");
        }
        List<AssetShapes.ClassShapes> classes = new ArrayList<>();
        byCode.values().forEach(b -> classes.add(new AssetShapes.ClassShapes(b.cls, b.features.size(), b.lines, b.polygons)));
        return AssetShapes.of(classes, in.lineWidthM(), grid.cellSizeX(), grid.cellSizeY());
    }

    /** The class named by the feature's {@link #CLASS_FIELD} attribute; null when absent or blank. */
    private static LandCoverClass explicitClass(VectorFeature f, Legend legend, String file, String where) {
        Object v = f.get(CLASS_FIELD);
        if (v == null || v.toString().isBlank()) return null;
        String id = v.toString().trim().toLowerCase(Locale.ROOT);
        LandCoverClass c = legend.byId(id).orElseThrow(() -> new InputDataException(file, where + ": unknown asset class '"
                + v + "' (attribute '" + CLASS_FIELD + "') in legend '" + legend.name() + "'",
                "Set '" + CLASS_FIELD + "' to one of the asset classes: " + assetIds(legend)
                        + " (or leave it empty: lines become '" + DEFAULT_LINE_CLASS + "', polygons '" + DEFAULT_POLYGON_CLASS + "')"));
        if (c.surface() != SurfaceType.ASSET_TRAP) {
            throw new InputDataException(file, where + ": class '" + v + "' is not an asset class (its surface is " + c.surface()
                    + ", not ASSET_TRAP)", "Set '" + CLASS_FIELD + "' to one of the asset classes: " + assetIds(legend)
                    + "; other land cover belongs in the land-cover raster");
        }
        return c;
    }

    private static LandCoverClass defaultClass(Legend legend, String id, String file) {
        return legend.byId(id).filter(c -> c.surface() == SurfaceType.ASSET_TRAP).orElseThrow(() -> new InputDataException(file,
                "features without a '" + CLASS_FIELD + "' attribute default to '" + id + "', which legend '" + legend.name()
                        + "' has not as an ASSET_TRAP class", "Give every feature a '" + CLASS_FIELD + "' attribute naming one of: "
                        + assetIds(legend)));
    }

    /** Line and polygon parts of {@code g}; points are an error. */
    private static void split(Geometry g, List<Geometry> lines, List<Geometry> polygons, String file, String where) {
        if (g instanceof Puntal) {
            throw new InputDataException(file, where + " is a " + g.getGeometryType() + "; assets must be lines or polygons",
                    "Buffer points into polygons (ogr2ogr -dialect sqlite -sql \"SELECT ST_Buffer(geom, 50) AS geom, * FROM layer\")"
                            + " or draw the asset's outline");
        }
        if (g instanceof LineString) lines.add(g);
        else if (g instanceof Polygon) polygons.add(g);
        else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part != g && !part.isEmpty()) split(part, lines, polygons, file, where);
            }
        }
    }

    /** "feature 3 (name 'G312')": 1-based position in the file, plus its name or id attribute when it has one. */
    static String describe(VectorFeature f, int index) {
        StringBuilder sb = new StringBuilder("feature ").append(index + 1);
        for (String key : List.of("name", "id", "fid")) {
            Object v = f.get(key);
            if (v != null && !v.toString().isBlank()) {
                sb.append(" (").append(key).append(" '").append(v).append("')");
                break;
            }
        }
        return sb.toString();
    }

    static String assetIds(Legend legend) {
        return String.join(", ", legend.classes().stream().filter(c -> c.surface() == SurfaceType.ASSET_TRAP)
                .map(LandCoverClass::id).toList());
    }

    private static Builder builder(Map<Integer, Builder> byCode, LandCoverClass c, int feature) {
        Builder b = byCode.computeIfAbsent(c.code(), k -> new Builder(c));
        b.features.add(feature);
        return b;
    }

    private static final class Builder {
        final LandCoverClass cls;
        final Set<Integer> features = new TreeSet<>();
        final List<double[]> lines = new ArrayList<>();
        final List<List<double[]>> polygons = new ArrayList<>();

        Builder(LandCoverClass cls) {
            this.cls = cls;
        }
    }
}
