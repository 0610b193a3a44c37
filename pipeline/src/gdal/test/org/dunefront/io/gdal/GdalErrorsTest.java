package org.dunefront.io.gdal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dunefront.error.DunefrontException;
import org.dunefront.error.InputDataException;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDAL's error messages reach the user with the file name, as input-data errors (exit 3). */
class GdalErrorsTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void gdal() {
        GdalTesting.requireBackend();
    }

    @Test
    void aCorruptGeoTiffIsReportedWithItsNameAndGdalsMessage() throws Exception {
        // a valid TIFF header whose first IFD offset points past the end of the file
        Path bad = tmp.resolve("truncated.tif");
        Files.write(bad, new byte[] {'I', 'I', 42, 0, (byte) 0xFF, 0x7F, 0, 0});
        InputDataException e = assertThrows(InputDataException.class, () -> GdalTesting.open(bad));
        assertEquals(bad.toString(), e.subject());
        assertTrue(e.problem().startsWith("GDAL could not open it as a raster: "), e.problem());
        assertTrue(e.problem().length() > "GDAL could not open it as a raster: ".length() + 10, "GDAL's own message: " + e.problem());
        assertEquals(DunefrontException.EXIT_INPUT, e.exitCode());
    }

    @Test
    void aMissingFileIsReportedWithItsName() {
        Path missing = tmp.resolve("nowhere.tif");
        InputDataException e = assertThrows(InputDataException.class, () -> GdalTesting.open(missing));
        assertTrue(e.getMessage().startsWith(missing + ": GDAL could not open it as a raster: "), e.getMessage());
        assertTrue(e.getMessage().contains("No such file or directory"), e.getMessage());
    }

    @Test
    void aMissingVectorLayerListsTheLayersThereAre() {
        Path gpkg = RealData.file("vector/zion.gpkg");
        InputDataException e = assertThrows(InputDataException.class, () -> GdalVectorReader.read(gpkg, "no_such_layer"));
        assertTrue(e.getMessage().contains("no layer named 'no_such_layer'"), e.getMessage());
        assertTrue(e.fix().startsWith("Use one of its layers: "), e.fix());
    }
}
