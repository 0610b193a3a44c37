package org.dunefront.crs;

import static org.junit.jupiter.api.Assertions.*;

import java.util.OptionalInt;

import org.apache.sis.parameter.Parameters;
import org.apache.sis.measure.Units;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.GdalRasters;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Test;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.referencing.cs.AxisDirection;

class CrsRegistryTest {

    /** EPSG:4547 exported by GDAL 3.6 ({@code gdalsrsinfo -o wkt_esri EPSG:4547}). */
    static final String ESRI_4547 = "PROJCS[\"CGCS2000_3_Degree_GK_CM_114E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
            + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],"
            + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",114.0],PARAMETER[\"Scale_Factor\",1.0],"
            + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    /** NLCD 2011's user-defined CRS as WKT 1 ({@code gdalsrsinfo -o wkt1 zion_nlcd2011.tif}). */
    static final String NLCD_WKT1 = "PROJCS[\"UTM Zone 12, Northern Hemisphere\",GEOGCS[\"GRS 1980(IUGG, 1980)\","
            + "DATUM[\"unknown\",SPHEROID[\"GRS80\",6378137,298.257222101],TOWGS84[0,0,0,0,0,0,0]],PRIMEM[\"Greenwich\",0],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]]],PROJECTION[\"Transverse_Mercator\"],"
            + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",-111],PARAMETER[\"scale_factor\",0.9996],"
            + "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
            + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH]]";

    @Test
    void cgcs2000AndCommonCodesResolve() {
        for (int code : new int[] {4490, 4547, 32648, 3857, 4326, 5070, 26912, 32612}) {
            CoordinateReferenceSystem crs = CrsRegistry.resolve(CrsDefinition.epsg(code), "test");
            assertEquals(2, crs.getCoordinateSystem().getDimension(), "EPSG:" + code);
        }
        for (int code = 4491; code <= 4554; code++) {
            CoordinateReferenceSystem crs = CrsRegistry.resolveAsDefined(CrsDefinition.epsg(code), "test");
            assertTrue(crs instanceof ProjectedCRS p
                    && p.getBaseCRS().getDatum().getName().getCode().contains("China 2000"), "EPSG:" + code + " " + crs.getName());
        }
        CoordinateReferenceSystem cgcs = CrsRegistry.resolveAsDefined(CrsDefinition.epsg(4490), "test");
        assertTrue(cgcs instanceof GeographicCRS);
        assertEquals("China Geodetic Coordinate System 2000", cgcs.getName().getCode());
    }

    @Test
    void epsg4547HasItsGaussKrugerParametersAndDisplayOrder() {
        ProjectedCRS p = (ProjectedCRS) CrsRegistry.resolve(CrsDefinition.epsg(4547), "test");
        Parameters pv = Parameters.castOrWrap(p.getConversionFromBase().getParameterValues());
        assertEquals(114.0, pv.parameter("Longitude of natural origin").doubleValue(Units.DEGREE), 0);
        assertEquals(500000.0, pv.parameter("False easting").doubleValue(Units.METRE), 0);
        assertEquals(1.0, pv.parameter("Scale factor at natural origin").doubleValue(), 0);
        assertEquals(298.257222101, p.getBaseCRS().getDatum().getEllipsoid().getInverseFlattening(), 1e-9);
        // EPSG defines 4547 northing first; Dunefront's resolved form is easting first.
        assertEquals(AxisDirection.NORTH, CrsRegistry.resolveAsDefined(CrsDefinition.epsg(4547), "t").getCoordinateSystem().getAxis(0).getDirection());
        assertEquals(AxisDirection.EAST, p.getCoordinateSystem().getAxis(0).getDirection());
        assertEquals(AxisDirection.EAST, CrsRegistry.resolve(CrsDefinition.epsg(4326), "t").getCoordinateSystem().getAxis(0).getDirection());
    }

    @Test
    void wkt2RoundTripKeepsTheCrs() {
        for (int code : new int[] {4547, 32648, 4490, 3857}) {
            String wkt = CrsRegistry.toWkt2(CrsDefinition.epsg(code), "t");
            assertTrue(wkt.startsWith("PROJCRS") || wkt.startsWith("GEODCRS"), wkt);
            CrsDefinition back = CrsDefinition.wkt(wkt);
            assertTrue(CrsRegistry.equivalent(back, CrsDefinition.epsg(code)), "EPSG:" + code);
            assertEquals(OptionalInt.of(code), CrsRegistry.identifyEpsg(back, "t"));
        }
    }

    @Test
    void esriWktParsesAndIdentifies() {
        CrsDefinition esri = CrsDefinition.wkt(ESRI_4547);
        ProjectedCRS p = (ProjectedCRS) CrsRegistry.resolve(esri, "esri.prj");
        assertEquals(114.0, Parameters.castOrWrap(p.getConversionFromBase().getParameterValues())
                .parameter("Longitude of natural origin").doubleValue(Units.DEGREE), 0);
        assertEquals(OptionalInt.of(4547), CrsRegistry.identifyEpsg(esri, "esri.prj"));
        assertTrue(CrsRegistry.equivalent(esri, CrsDefinition.epsg(4547)));
        String out = CrsRegistry.toWkt1Esri(CrsDefinition.epsg(32612), "t");
        assertTrue(out.startsWith("PROJCS[") && out.contains("-111"), out);
    }

    @Test
    void nlcdUserDefinedUtmIsNad83Utm12NotWgs84() {
        CrsDefinition nlcd = CrsDefinition.wkt(NLCD_WKT1);
        assertEquals(OptionalInt.of(26912), CrsRegistry.identifyEpsg(nlcd, "nlcd"));
        assertTrue(CrsRegistry.equivalent(nlcd, CrsDefinition.epsg(26912)));
        assertFalse(CrsRegistry.equivalent(nlcd, CrsDefinition.epsg(32612)), "NAD83 and WGS 84 datums differ");
        assertFalse(CrsRegistry.equivalent(CrsDefinition.epsg(26912), CrsDefinition.epsg(32612)));
        // ... although with NLCD's null TOWGS84 the numeric transform to WGS 84 / UTM 12N is the identity to < 1 mm.
        double[] p = CrsTransform.between(nlcd, CrsDefinition.epsg(32612), "nlcd", "grid").transformPoint(320000, 4140000);
        assertEquals(320000, p[0], 1e-3);
        assertEquals(4140000, p[1], 1e-3);
    }

    @Test
    void gdalWkt2019FromRealFilesIsUnderstood() {
        Gdal.require();
        CrsDefinition nlcd = GdalRasters.crsOf(Gdal.info(RealData.file("landcover/zion_nlcd2011.tif")));
        assertTrue(nlcd.wkt().startsWith("BOUNDCRS"), nlcd.wkt());
        assertEquals(0, nlcd.epsg());
        assertEquals(OptionalInt.of(26912), CrsRegistry.identifyEpsg(nlcd, "nlcd"));
        assertTrue(CrsRegistry.equivalent(nlcd, CrsDefinition.wkt(NLCD_WKT1)));
        CrsDefinition srtm = GdalRasters.crsOf(Gdal.info(RealData.file("dem/zion_srtm_wgs84.tif")));
        CrsDefinition srtmWktOnly = CrsDefinition.wkt(srtm.wkt());
        assertTrue(srtmWktOnly.wkt().startsWith("GEOGCRS"), srtm.wkt());
        assertTrue(CrsRegistry.equivalent(srtmWktOnly, CrsDefinition.epsg(4326)));
        assertEquals(OptionalInt.of(4326), CrsRegistry.identifyEpsg(srtmWktOnly, "srtm"));
    }

    @Test
    void boundCrsWithAHelmertShiftKeepsTheShift() {
        String wkt = "BOUNDCRS[SOURCECRS[GEOGCRS[\"x\",DATUM[\"unknown\",ELLIPSOID[\"Bessel 1841\",6377397.155,299.1528128]],"
                + "PRIMEM[\"Greenwich\",0],CS[ellipsoidal,2],AXIS[\"lat\",north,ORDER[1]],AXIS[\"lon\",east,ORDER[2]],"
                + "ANGLEUNIT[\"degree\",0.0174532925199433]]],TARGETCRS[GEOGCRS[\"WGS 84\",DATUM[\"World Geodetic System 1984\","
                + "ELLIPSOID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],CS[ellipsoidal,2],AXIS[\"lat\",north],"
                + "AXIS[\"lon\",east],ANGLEUNIT[\"degree\",0.0174532925199433]]],ABRIDGEDTRANSFORMATION[\"t\",METHOD[\"Geocentric translations (geog2D domain)\"],"
                + "PARAMETER[\"X-axis translation\",674.374],PARAMETER[\"Y-axis translation\",15.056],PARAMETER[\"Z-axis translation\",405.346]]]";
        String norm = WktNormalizer.normalize(wkt);
        assertTrue(norm.startsWith("GEODCRS[\"x\"") && norm.contains("TOWGS84[674.374,15.056,405.346,0.0,0.0,0.0,0.0]"), norm);
        CrsDefinition def = CrsDefinition.wkt(wkt);
        double[] p = CrsTransform.between(def, CrsDefinition.epsg(4326), "swiss", "grid").transformPoint(7.5, 46.9);
        // a 674 m geocentric shift moves the point by far more than 1e-4 degrees (~10 m): the shift was applied
        assertTrue(Math.abs(p[0] - 7.5) > 1e-4 || Math.abs(p[1] - 46.9) > 1e-4, p[0] + " " + p[1]);
    }

    @Test
    void transformsAreInXyOrderAndMatchTheMercatorFormula() {
        CrsTransform t = CrsTransform.between(CrsDefinition.epsg(4326), CrsDefinition.epsg(3857), "a", "b");
        assertSame(t, CrsTransform.between(CrsDefinition.epsg(4326), CrsDefinition.epsg(3857), "a", "b"), "cached");
        double[] pts = {102.2, 38.5, -113.0, 37.2};
        t.transformInPlace(pts, 0, 2);
        double r = 6378137;
        assertEquals(r * Math.toRadians(102.2), pts[0], 1e-6);
        assertEquals(r * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(38.5) / 2)), pts[1], 1e-6);
        assertEquals(r * Math.toRadians(-113.0), pts[2], 1e-6);
        double[] back = t.inverse().transformPoint(pts[2], pts[3]);
        assertEquals(-113.0, back[0], 1e-9);
        assertEquals(37.2, back[1], 1e-9);
        // Gauss-Krüger CM 114E: the central meridian maps to the false easting, the equator to northing 0.
        double[] gk = CrsTransform.between(CrsDefinition.epsg(4490), CrsDefinition.epsg(4547), "a", "b").transformPoint(114, 0);
        assertEquals(500000, gk[0], 1e-6);
        assertEquals(0, gk[1], 1e-6);
        assertTrue(CrsTransform.between(CrsDefinition.epsg(4326), CrsDefinition.wkt(CrsRegistry.toWkt2(CrsDefinition.epsg(4326), "t")), "a", "b").isIdentity());
    }

    @Test
    void badDefinitionsNameTheSourceAndTheFix() {
        InputDataException e = assertThrows(InputDataException.class,
                () -> CrsRegistry.resolve(CrsDefinition.epsg(999999), "study.yaml:grid.crs"));
        assertTrue(e.getMessage().startsWith("study.yaml:grid.crs: EPSG:999999 is not in the EPSG database"), e.getMessage());
        assertEquals(3, e.exitCode());
        e = assertThrows(InputDataException.class, () -> CrsRegistry.resolve(CrsDefinition.wkt("PROJCS[\"broken\""), "dem.tif"));
        assertTrue(e.getMessage().startsWith("dem.tif: cannot parse the coordinate reference system WKT"), e.getMessage());
        assertTrue(e.getMessage().contains("EPSG code"), e.getMessage());
        e = assertThrows(InputDataException.class, () -> CrsRegistry.parse("UTM 48", "config crs"));
        assertTrue(e.getMessage().contains("'UTM 48' is not a coordinate reference system"), e.getMessage());
        e = assertThrows(InputDataException.class, () -> CrsRegistry.resolve(CrsDefinition.UNKNOWN, "scan.tif"));
        assertTrue(e.getMessage().startsWith("scan.tif: has no coordinate reference system"), e.getMessage());
        assertEquals(CrsDefinition.epsg(32648), CrsRegistry.parse("epsg:32648", "cfg"));
    }

    @Test
    void utmAndGaussKrugerDefaults() {
        assertEquals(32648, UtmZones.wgs84UtmEpsg(102.2, 38.5));
        assertEquals(32612, UtmZones.wgs84UtmEpsg(-113.0, 37.2));
        assertEquals(32755, UtmZones.wgs84UtmEpsg(147.3, -42.9));
        assertEquals(32, UtmZones.zone(5.3, 60.4), "Bergen: Norway exception");
        assertEquals(33, UtmZones.zone(15.6, 78.2), "Longyearbyen: Svalbard exception");
        assertEquals(4543, UtmZones.cgcs2000GaussKruger3DegreeEpsg(102.2));
        assertEquals(4547, UtmZones.cgcs2000GaussKruger3DegreeEpsg(114.9));
        assertThrows(IllegalArgumentException.class, () -> UtmZones.cgcs2000GaussKruger3DegreeEpsg(10));
    }

    @Test
    void identifiedGaussKrugerFromUnnamedDatum() {
        // EPSG:4547's projection on a datum called "unknown": identified through the CGCS2000 family table
        String wkt = ESRI_4547.replace("D_China_2000", "unknown").replace("GCS_China_Geodetic_Coordinate_System_2000", "unnamed")
                .replace("CGCS2000_3_Degree_GK_CM_114E", "my grid");
        assertEquals(OptionalInt.of(4547), CrsRegistry.identifyEpsg(CrsDefinition.wkt(wkt), "t"));
        // a user-defined GRS 1980 UTM 12N whose datum carries a real shift is a different datum: not NAD83
        CrsDefinition shifted = CrsDefinition.wkt(NLCD_WKT1.replace("TOWGS84[0,0,0,0,0,0,0]", "TOWGS84[-100,50,20,0,0,0,0]"));
        assertEquals(OptionalInt.empty(), CrsRegistry.identifyEpsg(shifted, "t"));
        assertFalse(CrsRegistry.equivalent(shifted, CrsDefinition.epsg(26912)));
    }

    @Test
    void gdalReadsOurWktBackAsTheSameEpsgCrs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        Gdal.require();
        for (int code : new int[] {32612, 4547, 4326, 32648}) {
            for (boolean esri : new boolean[] {false, true}) {
                CrsDefinition d = CrsDefinition.epsg(code);
                java.nio.file.Path f = tmp.resolve(code + (esri ? ".prj" : ".wkt"));
                java.nio.file.Files.writeString(f, esri ? CrsRegistry.toWkt1Esri(d, "t") : CrsRegistry.toWkt2(d, "t"));
                String out = Gdal.run("gdalsrsinfo", "-e", f.toString());
                assertTrue(out.contains("EPSG:" + code + "\n"), (esri ? "ESRI WKT 1" : "WKT 2") + " of EPSG:" + code + " -> " + out);
            }
        }
    }

    @Test
    void concurrentResolutionIsConsistent() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<double[]>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int code = 4534 + (i % 8);
                results.add(pool.submit(() -> CrsTransform.between(CrsDefinition.epsg(4490), CrsDefinition.epsg(code), "a", "b")
                        .transformPoint(75 + 3 * (code - 4534), 35)));
            }
            for (java.util.concurrent.Future<double[]> f : results) assertEquals(500000, f.get()[0], 1e-6, "central meridian maps to FE");
        } finally {
            pool.shutdownNow();
        }
    }
}
