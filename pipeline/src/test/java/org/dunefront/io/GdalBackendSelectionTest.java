package org.dunefront.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dunefront.error.ConfigurationException;
import org.dunefront.error.DunefrontException;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backend selection without GDAL: pointing the loader at a missing JNI library must make
 * {@code --io gdal} fail with the install command, and {@code --io auto} fall back to Java.
 */
class GdalBackendSelectionTest {
    @TempDir
    Path tmp;

    @AfterEach
    void restore() {
        System.clearProperty(GdalLoader.LIBRARY_PROPERTY);
    }

    @Test
    void ioGdalWithoutTheLibrarySaysHowToInstallIt() {
        Path missing = tmp.resolve("lib").resolve("libgdalalljni.so");
        System.setProperty(GdalLoader.LIBRARY_PROPERTY, missing.toString());
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RasterIO.open(tmp.resolve("dem.tif"), IoBackend.GDAL));
        assertEquals("--io gdal", e.subject());
        assertTrue(e.problem().startsWith("the GDAL backend is unavailable: "), e.problem());
        assertTrue(e.fix().contains("sudo scripts/setup-gdal.sh"), e.fix());
        assertTrue(e.fix().contains("--io java"), e.fix());
        assertEquals(DunefrontException.EXIT_USAGE, e.exitCode());

        GdalAvailability a = RasterIO.gdalAvailability();
        assertFalse(a.available());
        assertTrue(a.reason().contains(missing.toString()) || a.reason().contains("does not contain the GDAL backend"), a.reason());
    }

    @Test
    void autoFallsBackToJavaAndTheLogSaysWhy() {
        System.setProperty(GdalLoader.LIBRARY_PROPERTY, tmp.resolve("libgdalalljni.so").toString());
        assertEquals(IoBackend.JAVA, RasterIO.resolve(IoBackend.AUTO));
        assertTrue(RasterIO.describe(IoBackend.AUTO).startsWith("java (GDAL unavailable: "), RasterIO.describe(IoBackend.AUTO));
        assertEquals("java", RasterIO.describe(IoBackend.JAVA));
        assertEquals(IoBackend.JAVA, RasterIO.resolve(IoBackend.JAVA));
    }

    @Test
    void warpingNeedsGdal() {
        System.setProperty(GdalLoader.LIBRARY_PROPERTY, tmp.resolve("libgdalalljni.so").toString());
        WarpRequest r = WarpRequest.toCrs(org.dunefront.grid.CrsDefinition.epsg(32648), 30, Resampling.BILINEAR);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RasterIO.warp(tmp.resolve("x.tif"), r, IoBackend.AUTO));
        assertTrue(e.fix().contains("scripts/setup-gdal.sh"), e.fix());
    }

    /**
     * In CI (CI=true) GDAL's Java bindings are installed by scripts/test.sh, so the backend must load:
     * a missing GDAL is a failure, never a skip. Elsewhere the status must at least explain itself.
     */
    @Test
    void gdalLoadsInCiAndExplainsItselfElsewhere() {
        GdalAvailability a = RasterIO.gdalAvailability();
        if (RealData.inCi()) {
            assertTrue(a.available(), () -> "CI=true but the GDAL backend does not load: " + a.reason()
                    + ". " + GdalAvailability.howToInstall());
        }
        if (a.available()) {
            assertTrue(a.version().matches("\\d+\\.\\d+\\.\\d+.*"), a.version());
            assertTrue(RasterIO.describe(IoBackend.AUTO).startsWith("gdal (GDAL " + a.version() + ")"));
        } else {
            assertFalse(a.reason().isBlank());
            assertEquals(IoBackend.JAVA, RasterIO.resolve(IoBackend.AUTO));
        }
    }

    @Test
    void backendNamesParseInAnyCase() {
        assertEquals(IoBackend.GDAL, IoBackend.parse("GDAL"));
        assertEquals(IoBackend.JAVA, IoBackend.parse(" java "));
        assertEquals("auto", IoBackend.AUTO.label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IoBackend.parse("rasterio"));
        assertTrue(e.getMessage().contains("expected auto, java or gdal"));
    }
}
