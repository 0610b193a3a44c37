package org.dunefront.io.gpkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTable;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.geopackage.srs.SpatialReferenceSystemDao;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes vector layers to a GeoPackage, deterministically: the same layers give a byte-identical
 * file. How: features are inserted in list order on one connection; the timestamps GeoPackage and
 * QGIS want ({@code gpkg_contents.last_change}, {@code layer_styles.update_time}) get the fixed
 * value of the options; the database is finally copied with SQLite's {@code VACUUM INTO} to a
 * fresh, compact file whose page layout depends only on the content, and that file is moved into
 * place (the target is never left half-written).
 *
 * <p>Geometry column {@code geom}, primary key {@code id} (NGA's default; {@code fid} or another name via
 * {@link GeoPackageWriteOptions#withPrimaryKey}). Field types: INTEGER, REAL (DOUBLE),
 * TEXT, BOOLEAN. The SRS is the EPSG definition when the CRS has an EPSG code (NGA's EPSG WKT, or
 * the layer's WKT 1 or Apache SIS's EPSG WKT 1 when NGA does not know the code), otherwise a user-defined SRS (organization
 * NONE, srs_id ≥ 100000) holding the layer's WKT.
 */
public final class GeoPackageWriter {
    /** Name of the geometry column written. */
    public static final String GEOMETRY_COLUMN = "geom";

    private GeoPackageWriter() { }

    /** Writes one layer with default options. */
    public static void write(Path file, VectorLayer layer) throws IOException {
        write(file, List.of(layer), GeoPackageWriteOptions.defaults());
    }

    /** Writes the layers (in order) to {@code file}, replacing it. */
    public static void write(Path file, List<VectorLayer> layers, GeoPackageWriteOptions options) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path building = dir.resolve(file.getFileName() + ".building.gpkg");
        Path vacuumed = dir.resolve(file.getFileName() + ".partial.gpkg");
        Files.deleteIfExists(building);
        Files.deleteIfExists(vacuumed);
        try {
            build(building, layers, options);
            vacuumInto(building, vacuumed);
            Files.move(vacuumed, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (RuntimeException | SQLException e) {
            throw new IOException("cannot write GeoPackage " + file + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(building);
            Files.deleteIfExists(building.resolveSibling(building.getFileName() + "-journal"));
            Files.deleteIfExists(vacuumed);
        }
    }

    private static void build(Path building, List<VectorLayer> layers, GeoPackageWriteOptions options) throws SQLException {
        Set<String> names = new HashSet<>();
        for (VectorLayer l : layers) {
            if (!names.add(l.name())) throw new IllegalArgumentException("duplicate layer name " + l.name());
        }
        GeoPackageManager.create(building.toFile());
        GeoPackage gpkg = GeoPackageManager.open(building.toFile());
        try {
            for (VectorLayer layer : layers) writeLayer(gpkg, layer, options.spatialIndex(), options.primaryKey());
            if (!options.styles().isEmpty()) writeStyles(gpkg, options);
            gpkg.execSQL("UPDATE gpkg_contents SET last_change = '" + options.timestamp() + "'");
            // nothing GeoPackage 1.4 specific is written: declare 1.3 so GDAL < 3.7 opens it without a warning
            gpkg.execSQL("PRAGMA user_version = 10300");
        } finally {
            gpkg.close();
        }
    }

    private static void writeLayer(GeoPackage gpkg, VectorLayer layer, boolean spatialIndex, String primaryKey) throws SQLException {
        SpatialReferenceSystem srs = srs(gpkg, layer.crs());
        GeometryColumns gc = new GeometryColumns();
        gc.setId(new TableColumnKey(layer.name(), GEOMETRY_COLUMN));
        gc.setGeometryType(mil.nga.sf.GeometryType.valueOf(layer.geometryType().name()));
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrs(srs);
        List<FeatureColumn> columns = new ArrayList<>();
        for (VectorLayer.Field f : layer.fields()) columns.add(FeatureColumn.createColumn(f.name(), dataType(f.type())));
        Envelope env = new Envelope();
        for (VectorFeature f : layer.features()) if (f.geometry() != null) env.expandToInclude(f.geometry().getEnvelopeInternal());
        BoundingBox box = env.isNull() ? null : new BoundingBox(env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY());
        FeatureTable table = gpkg.createFeatureTable(FeatureTableMetadata.create(gc, primaryKey, columns, box));
        FeatureDao dao = gpkg.getFeatureDao(layer.name());
        WKBWriter wkb = new WKBWriter(2);
        gpkg.beginTransaction();
        boolean ok = false;
        try {
            for (VectorFeature f : layer.features()) {
                FeatureRow row = dao.newRow();
                if (f.geometry() != null) {
                    row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srs.getSrsId(), wkb.write(f.geometry())));
                }
                for (VectorLayer.Field field : layer.fields()) row.setValue(field.name(), value(f.get(field.name()), field.type()));
                dao.insert(row);
            }
            ok = true;
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a geometry of layer " + layer.name(), e);
        } finally {
            gpkg.endTransaction(ok);
        }
        if (spatialIndex) new RTreeIndexExtension(gpkg).create(table);
    }

    private static SpatialReferenceSystem srs(GeoPackage gpkg, CrsDefinition crs) throws SQLException {
        SpatialReferenceSystemDao dao = gpkg.getSpatialReferenceSystemDao();
        if (crs.epsg() > 0) {
            SpatialReferenceSystem existing = dao.queryForId((long) crs.epsg());
            if (existing != null) return existing;
            try {
                return dao.getOrCreateCode("EPSG", crs.epsg());
            } catch (RuntimeException e) {
                // NGA knows only a few codes: take the layer's WKT 1, else the EPSG database's
                String wkt = crs.wkt().startsWith("PROJCS") || crs.wkt().startsWith("GEOGCS") ? crs.wkt() : EpsgWkt.of(crs.epsg());
                return create(dao, crs.epsg(), "EPSG", crs.epsg(), wkt);
            }
        }
        if (!crs.wkt().isEmpty()) {
            long id = 100000;
            while (dao.queryForId(id) != null) id++;
            return create(dao, id, "NONE", id, crs.wkt());
        }
        return dao.queryForId(-1L);
    }

    private static SpatialReferenceSystem create(SpatialReferenceSystemDao dao, long id, String org, long orgId, String wkt)
            throws SQLException {
        SpatialReferenceSystem s = new SpatialReferenceSystem();
        s.setSrsId(id);
        s.setSrsName(wktName(wkt, org + ":" + orgId));
        s.setOrganization(org);
        s.setOrganizationCoordsysId(orgId);
        s.setDefinition(wkt);
        s.setDescription("");
        dao.create(s);
        return s;
    }

    /** The quoted name of a WKT's root element, or {@code fallback}. */
    static String wktName(String wkt, String fallback) {
        int q = wkt.indexOf('"');
        int e = q < 0 ? -1 : wkt.indexOf('"', q + 1);
        return e > q ? wkt.substring(q + 1, e) : fallback;
    }

    private static GeoPackageDataType dataType(VectorLayer.FieldType t) {
        return switch (t) {
            case INTEGER -> GeoPackageDataType.INTEGER;
            case REAL -> GeoPackageDataType.DOUBLE;
            case TEXT -> GeoPackageDataType.TEXT;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
        };
    }

    private static Object value(Object v, VectorLayer.FieldType t) {
        if (v == null) return null;
        return switch (t) {
            case INTEGER -> ((Number) v).longValue();
            case REAL -> ((Number) v).doubleValue();
            case TEXT -> v.toString();
            case BOOLEAN -> v instanceof Boolean b ? b : ((Number) v).intValue() != 0;
        };
    }

    /** The QGIS {@code layer_styles} table (schema of QGIS's GeoPackage provider), registered as attributes. */
    private static void writeStyles(GeoPackage gpkg, GeoPackageWriteOptions options) throws SQLException {
        gpkg.execSQL("CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), "
                + "f_table_schema TEXT(256), f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), "
                + "styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
                + "update_time DATETIME DEFAULT '" + options.timestamp() + "')");
        Connection c = gpkg.getConnection().getConnection();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO layer_styles (f_table_catalog, f_table_schema, "
                + "f_table_name, f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, "
                + "update_time) VALUES ('', '', ?, ?, ?, ?, ?, 1, ?, '', NULL, ?)")) {
            for (Map.Entry<String, LayerStyle> e : options.styles().entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, GEOMETRY_COLUMN);
                ps.setString(3, e.getValue().styleName());
                ps.setString(4, e.getValue().qml());
                ps.setString(5, e.getValue().sld());
                ps.setString(6, e.getValue().description());
                ps.setString(7, options.timestamp());
                ps.executeUpdate();
            }
        }
        gpkg.execSQL("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                + "VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS layer styles', '" + options.timestamp() + "')");
    }

    private static void vacuumInto(Path from, Path to) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + from.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + to.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }
}
