package org.dunefront.io.gpkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads feature layers of a GeoPackage into {@link VectorLayer}s: geometries (JTS), attributes in
 * column order (INTEGER-like → Long, REAL-like → Double, BOOLEAN → Boolean, TEXT/DATE → String;
 * BLOB columns skipped), features in primary-key order, and the CRS from
 * {@code gpkg_spatial_ref_sys}: EPSG code (organization EPSG) plus the WKT definition, or only the
 * WKT for user-defined systems. Problems are {@link InputDataException}s naming the file.
 */
public final class GeoPackageReader {
    private GeoPackageReader() { }

    /** Names of the feature tables, in the order the GeoPackage lists them. */
    public static List<String> layerNames(Path file) {
        GeoPackage gpkg = open(file);
        try {
            return List.copyOf(gpkg.getFeatureTables());
        } finally {
            gpkg.close();
        }
    }

    /** Reads the layer named {@code layer}. */
    public static VectorLayer read(Path file, String layer) {
        GeoPackage gpkg = open(file);
        try {
            List<String> tables = gpkg.getFeatureTables();
            if (!tables.contains(layer)) {
                throw new InputDataException(file.toString(), "no feature layer '" + layer + "' (layers: "
                        + String.join(", ", tables) + ")", "Name one of the layers present");
            }
            return readLayer(file, gpkg, layer);
        } finally {
            gpkg.close();
        }
    }

    /** Reads the only feature layer; an error when there is none or several. */
    public static VectorLayer readSingle(Path file) {
        List<String> names = layerNames(file);
        if (names.size() != 1) {
            throw new InputDataException(file.toString(), names.isEmpty() ? "no feature layer"
                    : "several feature layers (" + String.join(", ", names) + ")",
                    names.isEmpty() ? "Give a GeoPackage holding lines or polygons" : "Name the layer to use");
        }
        return read(file, names.get(0));
    }

    private static GeoPackage open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(file.toString(), "file not found", "Check the path of the GeoPackage");
        }
        try {
            return GeoPackageManager.open(file.toFile(), false);
        } catch (RuntimeException e) {
            throw new InputDataException(file.toString(), "not a readable GeoPackage: " + e.getMessage(),
                    "Convert it with 'ogr2ogr -f GPKG out.gpkg " + file.getFileName() + "'", e);
        }
    }

    private static VectorLayer readLayer(Path file, GeoPackage gpkg, String layer) {
        FeatureDao dao = gpkg.getFeatureDao(layer);
        CrsDefinition crs = crs(dao.getSrs());
        List<VectorLayer.Field> fields = new ArrayList<>();
        List<String> columnNames = new ArrayList<>();
        for (FeatureColumn col : dao.getTable().getColumns()) {
            if (col.isPrimaryKey() || col.isGeometry()) continue;
            VectorLayer.FieldType t = fieldType(col.getDataType());
            if (t == null) continue;
            fields.add(new VectorLayer.Field(col.getName(), t));
            columnNames.add(col.getName());
        }
        List<VectorFeature> features = new ArrayList<>();
        WKBReader wkb = new WKBReader();
        String pk = dao.getTable().getPkColumnName();
        FeatureResultSet rs = dao.query((String) null, (String[]) null, null, null, pk);
        try {
            while (rs.moveToNext()) {
                FeatureRow row = rs.getRow();
                GeoPackageGeometryData gd = row.getGeometry();
                Geometry g = null;
                if (gd != null && !gd.isEmpty() && gd.getWkb() != null) g = wkb.read(gd.getWkb());
                Map<String, Object> attrs = new LinkedHashMap<>();
                for (int k = 0; k < fields.size(); k++) {
                    attrs.put(columnNames.get(k), value(row.getValue(columnNames.get(k)), fields.get(k).type()));
                }
                features.add(new VectorFeature(g, attrs));
            }
        } catch (ParseException | IOException | RuntimeException e) {
            throw new InputDataException(file.toString(), "cannot decode layer '" + layer + "': " + e.getMessage(),
                    "Check the file with 'ogrinfo -al " + file.getFileName() + "'", e);
        } finally {
            rs.close();
        }
        VectorLayer.GeometryType type;
        try {
            type = VectorLayer.GeometryType.valueOf(dao.getGeometryType().name());
        } catch (IllegalArgumentException e) {
            type = VectorLayer.GeometryType.GEOMETRY;
        }
        return new VectorLayer(layer, crs, type, fields, features);
    }

    /** EPSG code + WKT for organization EPSG; WKT only for other organizations; UNKNOWN for undefined (srs_id ≤ 0). */
    static CrsDefinition crs(SpatialReferenceSystem srs) {
        if (srs == null || srs.getSrsId() <= 0) return CrsDefinition.UNKNOWN;
        String def = srs.getDefinition() == null ? "" : srs.getDefinition().trim();
        if ("undefined".equalsIgnoreCase(def)) def = "";
        if ("EPSG".equalsIgnoreCase(srs.getOrganization()) && srs.getOrganizationCoordsysId() > 0) {
            return new CrsDefinition((int) srs.getOrganizationCoordsysId(), def);
        }
        return def.isEmpty() ? CrsDefinition.UNKNOWN : CrsDefinition.wkt(def);
    }

    private static VectorLayer.FieldType fieldType(GeoPackageDataType t) {
        if (t == null) return VectorLayer.FieldType.TEXT;
        return switch (t.name().toUpperCase(Locale.ROOT)) {
            case "BOOLEAN" -> VectorLayer.FieldType.BOOLEAN;
            case "TINYINT", "SMALLINT", "MEDIUMINT", "INT", "INTEGER" -> VectorLayer.FieldType.INTEGER;
            case "FLOAT", "DOUBLE", "REAL" -> VectorLayer.FieldType.REAL;
            case "BLOB" -> null;
            default -> VectorLayer.FieldType.TEXT;
        };
    }

    private static Object value(Object v, VectorLayer.FieldType t) {
        if (v == null) return null;
        return switch (t) {
            case BOOLEAN -> v instanceof Boolean b ? b : ((Number) v).intValue() != 0;
            case INTEGER -> ((Number) v).longValue();
            case REAL -> ((Number) v).doubleValue();
            case TEXT -> v.toString();
        };
    }
}
