package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.sis.referencing.CRS;
import org.dunefront.grid.CrsDefinition;
import org.junit.jupiter.api.Test;

/**
 * User-defined GeoKeys that no real test file carries, checked against the EPSG definitions they
 * spell out (the EPSG CRS is the independent oracle): user-defined UTM zones on WGS 84 and NAD83,
 * and Lambert Conformal Conic 2SP keys equal to EPSG:2154 (RGF93 / Lambert-93).
 */
class GeoKeyCrsDecoderTest {

    /** Builds a GeoKey directory: SHORT keys as Integer, DOUBLE keys as Double. */
    private static GeoKeyDirectory keys(Map<Integer, Object> entries) {
        List<Long> dir = new ArrayList<>(List.of(1L, 1L, 0L, (long) entries.size()));
        List<Double> doubles = new ArrayList<>();
        for (var e : entries.entrySet()) {
            dir.add((long) e.getKey());
            if (e.getValue() instanceof Double d) {
                dir.addAll(List.of((long) TiffTags.GEO_DOUBLE_PARAMS, 1L, (long) doubles.size()));
                doubles.add(d);
            } else {
                dir.addAll(List.of(0L, 1L, (long) (Integer) e.getValue()));
            }
        }
        Ifd ifd = new Ifd(8);
        ifd.put(new TiffField(TiffTags.GEO_KEY_DIRECTORY, TiffTags.TYPE_SHORT,
                dir.stream().mapToLong(Long::longValue).toArray(), null, null));
        ifd.put(new TiffField(TiffTags.GEO_DOUBLE_PARAMS, TiffTags.TYPE_DOUBLE, null,
                doubles.stream().mapToDouble(Double::doubleValue).toArray(), null));
        return GeoKeyDirectory.of(ifd);
    }

    private static Map<Integer, Object> projected(int gcs) {
        Map<Integer, Object> m = new LinkedHashMap<>();
        m.put(TiffTags.GT_MODEL_TYPE, TiffTags.MODEL_TYPE_PROJECTED);
        m.put(TiffTags.GEOGRAPHIC_TYPE, gcs);
        m.put(TiffTags.PROJECTED_CS_TYPE, TiffTags.USER_DEFINED);
        m.put(TiffTags.PROJ_LINEAR_UNITS, 9001);
        return m;
    }

    @Test
    void userDefinedUtmByProjectionCodeIsIdentified() {
        Map<Integer, Object> north = projected(4326);
        north.put(TiffTags.PROJECTION, 16033);
        assertEquals(32633, GeoKeyCrsDecoder.decode(keys(north)).epsg());
        Map<Integer, Object> south = projected(4326);
        south.put(TiffTags.PROJECTION, 16133);
        assertEquals(32733, GeoKeyCrsDecoder.decode(keys(south)).epsg());
    }

    @Test
    void userDefinedTransverseMercatorKeysOnNad83AreUtm12N() throws Exception {
        Map<Integer, Object> m = projected(4269);
        m.put(TiffTags.PROJ_COORD_TRANS, 1);
        m.put(TiffTags.PROJ_NAT_ORIGIN_LAT, 0.0);
        m.put(TiffTags.PROJ_NAT_ORIGIN_LONG, -111.0);
        m.put(TiffTags.PROJ_SCALE_AT_NAT_ORIGIN, 0.9996);
        m.put(TiffTags.PROJ_FALSE_EASTING, 500000.0);
        m.put(TiffTags.PROJ_FALSE_NORTHING, 0.0);
        CrsDefinition d = GeoKeyCrsDecoder.decode(keys(m));
        assertEquals(26912, d.epsg());
        assertSameCoordinates(d, "EPSG:26912", 400000, 4100000);
    }

    @Test
    void lambertConformalConic2spKeysEqualLambert93() throws Exception {
        Map<Integer, Object> m = projected(32767);
        m.put(TiffTags.GEOG_GEODETIC_DATUM, 6171); // RGF93
        m.put(TiffTags.PROJ_COORD_TRANS, 8);
        m.put(TiffTags.PROJ_STD_PARALLEL1, 49.0);
        m.put(TiffTags.PROJ_STD_PARALLEL2, 44.0);
        m.put(TiffTags.PROJ_FALSE_ORIGIN_LAT, 46.5);
        m.put(TiffTags.PROJ_FALSE_ORIGIN_LONG, 3.0);
        m.put(TiffTags.PROJ_FALSE_ORIGIN_EASTING, 700000.0);
        m.put(TiffTags.PROJ_FALSE_ORIGIN_NORTHING, 6600000.0);
        CrsDefinition d = GeoKeyCrsDecoder.decode(keys(m));
        assertSameCoordinates(d, "EPSG:2154", 650000, 6860000);
    }

    /** The operation from the decoded CRS to the EPSG one maps a point near Paris/Utah onto itself (< 1 mm). */
    private static void assertSameCoordinates(CrsDefinition d, String epsg, double x, double y) throws Exception {
        var ours = CrsEquivalence.resolve(d);
        assertNotNull(ours);
        var mt = CRS.findOperation(ours, CRS.forCode(epsg), null).getMathTransform();
        double[] p = {x, y};
        double[] q = new double[2];
        mt.transform(p, 0, q, 0, 1);
        assertEquals(x, q[0], 1e-3);
        assertEquals(y, q[1], 1e-3);
    }
}
