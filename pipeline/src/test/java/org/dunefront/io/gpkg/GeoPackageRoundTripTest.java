package org.dunefront.io.gpkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.dunefront.io.VectorLayer.Field;
import org.dunefront.io.VectorLayer.FieldType;
import org.dunefront.io.VectorLayer.GeometryType;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class GeoPackageRoundTripTest {
    @TempDir
    Path tmp;

    static VectorLayer rivers() throws Exception {
        WKTReader r = new WKTReader();
        List<Field> fields = List.of(new Field("name", FieldType.TEXT), new Field("channelized", FieldType.BOOLEAN),
                new Field("seasonal", FieldType.BOOLEAN), new Field("order", FieldType.INTEGER),
                new Field("width_m", FieldType.REAL));
        return new VectorLayer("rivers", CrsDefinition.epsg(32648), GeometryType.LINESTRING, fields, List.of(
                feature(r.read("LINESTRING (250000 4260000, 251000 4261000, 252500 4261500)"), "upper", false, true, 1, 60.5),
                feature(r.read("LINESTRING (252500 4261500, 254000 4263000)"), "oasis reach", true, true, 2, 20.0),
                feature(r.read("LINESTRING (254000 4263000, 256000 4264000)"), null, false, true, 2, null)));
    }

    private static VectorFeature feature(Geometry g, String name, boolean ch, boolean seasonal, long order, Double w) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", name);
        a.put("channelized", ch);
        a.put("seasonal", seasonal);
        a.put("order", order);
        a.put("width_m", w);
        return new VectorFeature(g, a);
    }

    static VectorLayer aoi() throws Exception {
        Geometry p = new WKTReader().read("POLYGON ((249000 4259000, 257000 4259000, 257000 4266000, 249000 4266000, 249000 4259000))");
        return new VectorLayer("aoi", CrsDefinition.epsg(32648), GeometryType.POLYGON,
                List.of(new Field("label", FieldType.TEXT)), List.of(new VectorFeature(p, Map.of("label", "study area"))));
    }

    private GeoPackageWriteOptions styled() {
        return GeoPackageWriteOptions.defaults().withSpatialIndex(true)
                .withStyle("rivers", new LayerStyle("rivers", "<qgis version=\"3.28\"/>", "<sld/>", "river style"));
    }

    @Test
    void writeThenReadBackGivesTheSameLayers() throws Exception {
        Path f = tmp.resolve("out.gpkg");
        GeoPackageWriter.write(f, List.of(rivers(), aoi()), styled());
        assertEquals(List.of("rivers", "aoi"), GeoPackageReader.layerNames(f));
        VectorLayer back = GeoPackageReader.read(f, "rivers");
        assertEquals(32648, back.crs().epsg());
        assertTrue(back.crs().wkt().contains("UTM zone 48N"), back.crs().wkt());
        assertEquals(GeometryType.LINESTRING, back.geometryType());
        assertEquals(rivers().fields(), back.fields());
        assertEquals(3, back.features().size());
        for (int i = 0; i < 3; i++) {
            VectorFeature a = rivers().features().get(i), b = back.features().get(i);
            assertTrue(a.geometry().equalsExact(b.geometry()), "geometry " + i);
            assertEquals(a.attributes(), b.attributes(), "attributes " + i);
        }
        assertNull(back.features().get(2).get("name"));
        assertEquals(Boolean.TRUE, back.features().get(1).get("channelized"));
        assertEquals(60.5, back.features().get(0).get("width_m"));
        assertEquals(2L, back.features().get(1).get("order"));
        VectorLayer poly = GeoPackageReader.read(f, "aoi");
        assertEquals(GeometryType.POLYGON, poly.geometryType());
        assertEquals(56e6, poly.features().get(0).geometry().getArea(), 1e-6);
        assertFalse(Files.exists(tmp.resolve("out.gpkg.partial.gpkg")));
        assertFalse(Files.exists(tmp.resolve("out.gpkg.building.gpkg")));
    }

    @Test
    void twoWritesAreByteIdentical() throws Exception {
        Path a = tmp.resolve("a.gpkg"), b = tmp.resolve("b.gpkg");
        GeoPackageWriter.write(a, List.of(rivers(), aoi()), styled());
        Thread.sleep(1100); // a clock leaking into the file would show up across a second boundary
        GeoPackageWriter.write(b, List.of(rivers(), aoi()), styled());
        assertEquals(sha256(a), sha256(b));
        GeoPackageWriter.write(a, List.of(rivers()), GeoPackageWriteOptions.defaults());
        assertFalse(sha256(a).equals(sha256(b)));
    }

    @Test
    void userDefinedCrsKeepsItsWkt() throws Exception {
        String wkt = "PROJCS[\"UTM Zone 12, Northern Hemisphere\",GEOGCS[\"GRS 1980(IUGG, 1980)\",DATUM[\"unknown\","
                + "SPHEROID[\"GRS80\",6378137,298.257222101]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
                + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",-111],"
                + "PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],"
                + "UNIT[\"metre\",1]]";
        VectorLayer l = new VectorLayer("zone", CrsDefinition.wkt(wkt), GeometryType.POLYGON, List.of(), aoi().features().stream()
                .map(f -> new VectorFeature(f.geometry(), Map.of())).toList());
        Path f = tmp.resolve("u.gpkg");
        GeoPackageWriter.write(f, l);
        VectorLayer back = GeoPackageReader.read(f, "zone");
        assertEquals(0, back.crs().epsg());
        assertEquals(wkt, back.crs().wkt());
    }

    @Test
    void gdalSeesSrsFieldsFeaturesAndStyles() throws Exception {
        Gdal.require();
        Path f = tmp.resolve("g.gpkg");
        GeoPackageWriter.write(f, List.of(rivers(), aoi()), styled());
        String so = Gdal.run("ogrinfo", "-so", f.toString(), "rivers");
        assertTrue(so.contains("Feature Count: 3"), so);
        assertTrue(so.contains("Geometry: Line String"), so);
        assertTrue(so.contains("ID[\"EPSG\",32648]") || so.contains("AUTHORITY[\"EPSG\",\"32648\"]"), so);
        assertTrue(so.contains("name: String"), so);
        assertTrue(so.contains("channelized: Integer(Boolean)"), so);
        assertTrue(so.contains("order: Integer64"), so);
        assertTrue(so.contains("width_m: Real"), so);
        String list = Gdal.run("ogrinfo", "-q", f.toString());
        assertTrue(list.contains("rivers (Line String)") && list.contains("aoi (Polygon)") && list.contains("layer_styles"), list);
        String styles = Gdal.run("ogrinfo", "-al", "-q", f.toString(), "layer_styles");
        assertTrue(styles.contains("f_table_name (String) = rivers"), styles);
        assertTrue(styles.contains("useAsDefault (Integer(Boolean)) = 1"), styles);
        assertTrue(styles.contains("update_time (DateTime) = 2000/01/01 00:00:00"), styles);
        String all = Gdal.run("ogrinfo", "-al", "-q", f.toString(), "rivers");
        assertTrue(all.contains("name (String) = oasis reach"), all);
        assertTrue(all.contains("LINESTRING (254000 4263000,256000 4264000)"), all);
        String contents = Gdal.run("ogrinfo", "-q", f.toString(), "-sql", "SELECT DISTINCT last_change FROM gpkg_contents");
        assertTrue(contents.contains("2000-01-01T00:00:00.000Z") || contents.contains("2000/01/01 00:00:00"), contents);
        String integrity = Gdal.run("ogrinfo", "-q", f.toString(), "-sql", "PRAGMA integrity_check");
        assertTrue(integrity.contains("= ok"), integrity);
        String appId = Gdal.run("ogrinfo", "-q", f.toString(), "-sql", "PRAGMA application_id");
        assertTrue(appId.contains("1196444487"), "application_id 'GPKG': " + appId);
        String version = Gdal.run("ogrinfo", "-q", f.toString(), "-sql", "PRAGMA user_version");
        assertTrue(version.contains("10300"), "GeoPackage 1.3: " + version);
    }

    @Test
    void readsRealNaturalEarthRivers() {
        Path f = RealData.file("rivers/ne_10m_rivers_zion.gpkg");
        VectorLayer l = GeoPackageReader.readSingle(f);
        assertEquals("rivers_zion", l.name());
        assertEquals(4326, l.crs().epsg());
        assertEquals(2, l.features().size());
        assertEquals(GeometryType.MULTILINESTRING, l.geometryType());
        assertTrue(l.field("name").isPresent());
        double[] env = {-113.6, 37.076624, -113.017893, 37.214626};
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        l.features().forEach(x -> e.expandToInclude(x.geometry().getEnvelopeInternal()));
        assertEquals(env[0], e.getMinX(), 1e-5);
        assertEquals(env[1], e.getMinY(), 1e-5);
        assertEquals(env[2], e.getMaxX(), 1e-5);
        assertEquals(env[3], e.getMaxY(), 1e-5);
    }

    @Test
    void readsRealZionAoiWithUserDefinedCrs() {
        Path f = RealData.file("vector/zion.gpkg");
        VectorLayer l = GeoPackageReader.read(f, "zion");
        assertEquals(1, l.features().size());
        assertEquals(0, l.crs().epsg());
        assertTrue(l.crs().wkt().contains("UTM Zone 12"), l.crs().wkt());
        org.locationtech.jts.geom.Envelope e = l.features().get(0).geometry().getEnvelopeInternal();
        assertEquals(302903, e.getMinX(), 5); // ogrinfo layer extent (gpkg_contents), geometry within metres
        assertEquals(4112240, e.getMinY(), 5);
        assertEquals(334735, e.getMaxX(), 5);
        assertEquals(4153090, e.getMaxY(), 5);
        assertTrue(l.features().get(0).geometry().getArea() > 1e8);
    }

    @Test
    void badInputsNameTheFile() throws IOException {
        InputDataException missing = assertThrows(InputDataException.class, () -> GeoPackageReader.read(tmp.resolve("none.gpkg"), "x"));
        assertTrue(missing.getMessage().contains("none.gpkg: file not found"));
        Path junk = Files.writeString(tmp.resolve("junk.gpkg"), "not sqlite");
        InputDataException bad = assertThrows(InputDataException.class, () -> GeoPackageReader.layerNames(junk));
        assertEquals(junk.toString(), bad.subject());
        Path real = RealData.file("rivers/ne_10m_rivers_zion.gpkg");
        InputDataException layer = assertThrows(InputDataException.class, () -> GeoPackageReader.read(real, "roads"));
        assertTrue(layer.problem().contains("no feature layer 'roads' (layers: rivers_zion)"), layer.problem());
    }

    @Test
    void utmWktMatchesGdalsEpsgDefinition() {
        Gdal.require();
        for (int code : new int[] {32648, 32733}) {
            String gdal = Gdal.run("gdalsrsinfo", "-o", "wkt1", "EPSG:" + code).replaceAll("\\s*\n\\s*", "").trim();
            assertEquals(gdal, EpsgWkt.wgs84Utm(code), "EPSG:" + code);
        }
        assertNull(EpsgWkt.wgs84Utm(2056));
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
