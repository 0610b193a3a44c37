package org.dunefront.io.gdal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.dunefront.io.IoBackend;
import org.dunefront.io.RasterIO;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** OGR vector reading (GeoPackage, GeoJSON, Shapefile) compared with ogr2ogr's GeoJSON rendering of the same layer. */
class GdalVectorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @BeforeAll
    static void gdal() {
        GdalTesting.requireBackend();
    }

    @Test
    void geoPackagePolygonsWithCrsAndAttributes() throws Exception {
        Path gpkg = RealData.file("vector/zion.gpkg");
        VectorLayer layer = RasterIO.readVector(gpkg, null, IoBackend.GDAL);
        assertEquals("zion", layer.name());
        assertEquals(org.dunefront.io.VectorLayer.GeometryType.POLYGON, layer.geometryType());
        assertSameAsOgr2ogr(gpkg, layer);
    }

    @Test
    void geoJsonPlayas() throws Exception {
        Path json = RealData.file("vector/ne_10m_playas.geojson");
        VectorLayer layer = RasterIO.readVector(json, null, IoBackend.GDAL);
        assertEquals(4326, layer.crs().epsg());
        assertSameAsOgr2ogr(json, layer);
    }

    @Test
    void shapefileWrittenByOgr2ogr() throws Exception {
        Path json = RealData.file("vector/ne_10m_playas.geojson");
        Path shp = tmp.resolve("playas.shp");
        Gdal.run("ogr2ogr", "-f", "ESRI Shapefile", shp.toString(), json.toString());
        VectorLayer layer = RasterIO.readVector(shp, null, IoBackend.GDAL);
        assertEquals("playas", layer.name());
        assertEquals(4326, layer.crs().epsg());
        assertSameAsOgr2ogr(shp, layer);
    }

    /** Same feature count, attribute values and vertex coordinates as {@code ogr2ogr -f GeoJSON}. */
    private void assertSameAsOgr2ogr(Path file, VectorLayer layer) throws Exception {
        Path out = tmp.resolve(file.getFileName() + ".oracle.geojson");
        Gdal.run("ogr2ogr", "-f", "GeoJSON", "-lco", "COORDINATE_PRECISION=15", "-lco", "RFC7946=NO",
                out.toString(), file.toString(), layer.name());
        JsonNode features = JSON.readTree(out.toFile()).get("features");
        assertEquals(features.size(), layer.features().size(), "feature count");
        for (int i = 0; i < features.size(); i++) {
            JsonNode expected = features.get(i);
            VectorFeature actual = layer.features().get(i);
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                Object v = actual.get(p.getKey());
                if (p.getValue().isNull()) assertEquals(null, v, p.getKey());
                else if (p.getValue().isBoolean()) assertEquals(p.getValue().asBoolean(), v, p.getKey());
                else if (p.getValue().isNumber()) assertEquals(p.getValue().asDouble(), ((Number) v).doubleValue(), 1e-9, p.getKey());
                else assertEquals(p.getValue().asText(), String.valueOf(v), p.getKey());
            }
            Geometry g = actual.geometry();
            assertNotNull(g);
            assertEquals(layer.crs().epsg(), g.getSRID());
            double[] coords = flatten(expected.get("geometry").get("coordinates"));
            Coordinate[] cs = g.getCoordinates();
            assertEquals(coords.length / 2, cs.length, "vertex count of feature " + i);
            for (int k = 0; k < cs.length; k++) {
                assertEquals(coords[2 * k], cs[k].x, 1e-9);
                assertEquals(coords[2 * k + 1], cs[k].y, 1e-9);
            }
        }
    }

    private static double[] flatten(JsonNode n) {
        java.util.List<Double> xy = new java.util.ArrayList<>();
        collect(n, xy);
        return xy.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void collect(JsonNode n, java.util.List<Double> xy) {
        if (n.isArray() && n.size() > 0 && n.get(0).isNumber()) {
            xy.add(n.get(0).asDouble());
            xy.add(n.get(1).asDouble());
        } else {
            for (JsonNode c : n) collect(c, xy);
        }
    }
}
