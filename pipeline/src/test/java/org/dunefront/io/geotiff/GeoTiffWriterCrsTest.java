package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.apache.sis.referencing.CRS;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.testkit.Gdal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CRS and geotransform encoding, checked by what GDAL (PROJ) recovers from the file. */
class GeoTiffWriterCrsTest {
    /** A custom Albers equal-area for NW China on CGCS2000 (no EPSG code exists for it). */
    static final String ALBERS_WKT = "PROJCS[\"Shiyang Albers\",GEOGCS[\"China Geodetic Coordinate System 2000\","
            + "DATUM[\"China 2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101]],PRIMEM[\"Greenwich\",0],"
            + "UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Albers_Conic_Equal_Area\"],"
            + "PARAMETER[\"latitude_of_center\",0],PARAMETER[\"longitude_of_center\",103],"
            + "PARAMETER[\"standard_parallel_1\",25],PARAMETER[\"standard_parallel_2\",47],"
            + "PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]";

    @TempDir
    static Path dir;

    @BeforeAll
    static void gdal() {
        Gdal.require();
    }

    private static JsonNode writeAndInfo(String name, GridGeometry grid) throws Exception {
        MemoryRaster src = MemoryRaster.single(name, grid, DataType.INT16, NoData.of(-1));
        Path file = dir.resolve(name + ".tif");
        GeoTiffWriter.copy(src, file, GeoTiffWriteOptions.defaults().withThreads(1), ProgressListener.NONE);
        return Gdal.info(file);
    }

    private static String wkt(JsonNode info) {
        return info.get("coordinateSystem").get("wkt").asText();
    }

    @Test
    void epsgCodesAreWrittenAsProjectedAndGeographicTypeKeys() throws Exception {
        JsonNode gk = writeAndInfo("cgcs2000-gk", GridGeometry.northUp(CrsDefinition.epsg(4547), 38400000, 4300000, 30, 30, 40, 30));
        assertTrue(wkt(gk).contains("ID[\"EPSG\",4547]"), wkt(gk));
        JsonNode geo = writeAndInfo("wgs84", GridGeometry.northUp(CrsDefinition.epsg(4326), 101.5, 39.0, 0.001, 0.001, 40, 30));
        assertTrue(wkt(geo).contains("ID[\"EPSG\",4326]"), wkt(geo));
        assertArrayEquals(new double[] {101.5, 0.001, 0, 39.0, 0, -0.001}, Gdal.geoTransform(geo), 1e-12);
    }

    @Test
    void wktOfAnEpsgCrsIsIdentifiedAndWrittenAsItsCode() throws Exception {
        String wkt = CRS.forCode("EPSG:4547").toWKT();
        JsonNode info = writeAndInfo("wkt-4547", GridGeometry.northUp(CrsDefinition.wkt(wkt), 38400000, 4300000, 30, 30, 40, 30));
        assertTrue(wkt(info).contains("ID[\"EPSG\",4547]"), wkt(info));
    }

    @Test
    void gaussKrugerAsUserDefinedKeysIsRecoveredByGdal() throws Exception {
        // Force the user-defined path: the ESRI PE string citation alone must carry the CRS.
        GeoKeyEncoder.GeoKeys keys = GeoKeyEncoder.userDefined(CRS.forCode("EPSG:4547"));
        assertEquals(32767, keys.directory()[7], "GTModelTypeGeoKey user-defined");
        assertTrue(keys.ascii().startsWith("ESRI PE String = PROJCS["), keys.ascii());
        String esri = keys.ascii().substring("ESRI PE String = ".length(), keys.ascii().length() - 1);
        // Written through the public API as a renamed WKT 1 without identifiers, which SIS cannot
        // match to a code, so the user-defined keys are what GDAL gets.
        String renamed = esri.replaceAll(",\\s*AUTHORITY\\[\"EPSG\",\\s*\"\\d+\"\\]", "")
                .replace("CGCS2000 / 3-degree Gauss-Kruger CM 114E", "Local GK 114E");
        assertTrue(!renamed.contains("AUTHORITY"), renamed);
        JsonNode info = writeAndInfo("user-gk", GridGeometry.northUp(CrsDefinition.wkt(renamed), 38400000, 4300000, 30, 30, 40, 30));
        String w = wkt(info);
        assertTrue(w.contains("METHOD[\"Transverse Mercator\""), w);
        assertTrue(w.matches("(?s).*\"Longitude of natural origin\",114[,\\]].*"), w);
        assertTrue(w.matches("(?s).*\"False easting\",500000[,\\]].*"), w);
        assertTrue(!w.contains("ID[\"EPSG\",4547]"), "user-defined, not the code: " + w);
        assertTrue(w.matches("(?s).*\"Scale factor at natural origin\",1[,\\]].*"), w);
        assertTrue(w.contains("6378137,298.257222101"), w);
        String srs = Gdal.run("gdalsrsinfo", "-o", "proj4", dir.resolve("user-gk.tif").toString()).trim();
        assertTrue(srs.contains("+proj=tmerc") && srs.contains("+lon_0=114 ") && srs.contains("+x_0=500000 ")
                && srs.contains("+k=1 ") && srs.contains("+ellps=GRS80"), srs);
    }

    @Test
    void customAlbersIsWrittenAsUserDefinedAndRecoveredByGdal() throws Exception {
        JsonNode info = writeAndInfo("albers", GridGeometry.northUp(CrsDefinition.wkt(ALBERS_WKT), -200000, 4500000, 30, 30, 40, 30));
        String w = wkt(info);
        assertTrue(w.contains("METHOD[\"Albers Equal Area\""), w);
        assertTrue(w.matches("(?s).*\"Longitude of false origin\",103[,\\]].*"), w);
        assertTrue(w.matches("(?s).*\"Latitude of 1st standard parallel\",25[,\\]].*"), w);
        assertTrue(w.matches("(?s).*\"Latitude of 2nd standard parallel\",47[,\\]].*"), w);
        assertTrue(w.contains("6378137,298.257222101"), w);
        String proj = Gdal.run("gdalsrsinfo", "-o", "proj4", dir.resolve("albers.tif").toString()).trim();
        assertTrue(proj.contains("+proj=aea") && proj.contains("+lat_1=25") && proj.contains("+lat_2=47")
                && proj.contains("+lon_0=103"), proj);
    }

    @Test
    void rotatedGridsUseModelTransformation() throws Exception {
        GeoTransform rotated = new GeoTransform(300000, 25.98, 15, 4300000, 15, -25.98);
        JsonNode info = writeAndInfo("rotated", new GridGeometry(CrsDefinition.epsg(32648), rotated, 40, 30));
        assertArrayEquals(rotated.toGdal(), Gdal.geoTransform(info), 1e-9);
    }
}
