package org.dunefront.io.gdal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.IoBackend;
import org.dunefront.io.RasterIO;
import org.dunefront.io.Resampling;
import org.dunefront.io.WarpRequest;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDAL's warper through the backend equals the gdalwarp command line, cell for cell. */
class GdalWarpTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void gdal() {
        GdalTesting.requireBackend();
    }

    @Test
    void zionDemToUtm12At90MetresEqualsGdalwarp() throws Exception {
        Path dem = RealData.file("dem/zion_srtm_wgs84.tif");
        Path reference = tmp.resolve("gdalwarp.tif");
        Gdal.run("gdalwarp", "-q", "-t_srs", "EPSG:32612", "-tr", "90", "90", "-r", "bilinear", dem.toString(), reference.toString());
        JsonNode info = Gdal.info(reference);
        double[] expected = Gdal.pixels(reference, 1, tmp);

        Path tempFile;
        try (RasterSource warped = RasterIO.warp(dem, WarpRequest.toCrs(CrsDefinition.epsg(32612), 90, Resampling.BILINEAR), IoBackend.GDAL)) {
            assertEquals(info.get("size").get(0).asInt(), warped.grid().width());
            assertEquals(info.get("size").get(1).asInt(), warped.grid().height());
            assertArrayEquals(Gdal.geoTransform(info), warped.grid().transform().toGdal(), 1e-6);
            assertEquals(32612, warped.grid().crs().epsg());
            assertEquals(65535, warped.bandInfo(0).noData().value(), "source nodata carried over as gdalwarp does");
            GdalTesting.assertSameCells(expected, GdalTesting.readAll(warped, 0), "warp to derived 90 m grid");
            tempFile = Path.of(warped.name());
            assertTrue(Files.exists(tempFile));
        }
        assertFalse(Files.exists(tempFile), "the temporary warp output is deleted on close");

        // onto an explicit study grid: the same grid as gdalwarp's, given as -te/-ts
        GridGeometry study = new GridGeometry(CrsDefinition.epsg(32612), GeoTransform.fromGdal(Gdal.geoTransform(info)),
                info.get("size").get(0).asInt(), info.get("size").get(1).asInt());
        try (RasterSource warped = RasterIO.warp(dem, WarpRequest.ontoGrid(study, Resampling.BILINEAR), IoBackend.GDAL)) {
            assertTrue(warped.grid().sameGridAs(new GridGeometry(warped.grid().crs(), study.transform(), study.width(), study.height()), 1e-9));
            GdalTesting.assertSameCells(expected, GdalTesting.readAll(warped, 0), "warp onto the study grid");
        }
    }

    @Test
    void warpingACorruptFileNamesIt() throws Exception {
        Path bad = tmp.resolve("broken.tif");
        Files.write(bad, new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 2, 3});
        InputDataException e = assertThrows(InputDataException.class,
                () -> RasterIO.warp(bad, WarpRequest.toCrs(CrsDefinition.epsg(32612), 90, Resampling.NEAREST), IoBackend.GDAL));
        assertTrue(e.getMessage().startsWith(bad.toString() + ": GDAL could not open it as a raster: "), e.getMessage());
    }
}
