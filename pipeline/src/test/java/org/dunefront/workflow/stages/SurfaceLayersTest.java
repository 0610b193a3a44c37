package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.crs.CrsRegistry;
import org.dunefront.legend.Legend;
import org.dunefront.legend.LegendFiles;
import org.dunefront.transport.SurfaceClass;
import org.junit.jupiter.api.Test;

class SurfaceLayersTest {
    private final Legend legend = LegendFiles.defaultLegend();

    @Test
    void legendSurfaceAndMobileSandFlagGiveTheTransportClass() {
        byte[] codes = {(byte) legend.code("mobile_sand"), (byte) legend.code("shrubland"), (byte) legend.code("gobi"),
                (byte) legend.code("water"), (byte) legend.code("farmland"), (byte) legend.noDataCode()};
        SurfaceLayers s = SurfaceLayers.of(legend, codes, 1e-4);
        SurfaceClass[] expected = {SurfaceClass.MOBILE_SAND, SurfaceClass.ERODIBLE, SurfaceClass.NON_ERODIBLE, SurfaceClass.SINK,
                SurfaceClass.ASSET_TRAP, SurfaceClass.NON_ERODIBLE};
        for (int i = 0; i < codes.length; i++) assertEquals(expected[i], s.lookup()[codes[i] & 0xFF], "cell " + i);
        assertEquals(legend.require("shrubland").vegetationCover(), s.cover()[1], 1e-7);
        assertEquals(legend.require("gobi").roughnessLengthM(), s.roughnessM()[2], 1e-9);
        assertEquals(0f, s.cover()[5]);
        assertEquals(1e-4, s.roughnessM()[5], 1e-9);
    }

    @Test
    void assetsAreTheClassesWithAssetValueAndFarmlandIsFlagged() {
        byte[] codes = {(byte) legend.code("farmland"), (byte) legend.code("mobile_sand"), (byte) legend.code("settlement")};
        SurfaceLayers s = SurfaceLayers.of(legend, codes, 1e-4);
        long expectedAssets = legend.classes().stream().filter(c -> c.assetValue() > 0).count();
        assertEquals(expectedAssets, s.assetNames().size());
        int farm = s.assetCodes()[0] & 0xFF;
        assertEquals("farmland", s.assetNames().get(farm - 1));
        assertTrue(s.assetIsFarmland().get(farm - 1));
        assertEquals(0, s.assetCodes()[1], "mobile sand has asset value 0");
        int settlement = s.assetCodes()[2] & 0xFF;
        assertEquals("settlement", s.assetNames().get(settlement - 1));
        assertFalse(s.assetIsFarmland().get(settlement - 1));
    }

    @Test
    void theNativeGridInTheStudyCrs() {
        // A 0.1 degree lon/lat grid expressed in UTM 48N: cells about 9.5 km wide, 11.1 km tall near 38.5 N, north-up within 2 degrees.
        GridGeometry wind = new GridGeometry(CrsRegistry.parse("EPSG:4326", "wind"), GeoTransform.northUp(102.5, 39.0, 0.1, 0.1), 10, 10);
        GridGeometry study = new GridGeometry(CrsRegistry.parse("EPSG:32648", "study"), GeoTransform.northUp(400000, 4300000, 30, 30), 10, 10);
        GeoTransform t = NativeGridInStudyCrs.of(wind, study);
        double cellX = Math.hypot(t.pixelWidth(), t.colRotation()), cellY = Math.hypot(t.rowRotation(), t.pixelHeight());
        assertEquals(0.1 * 111_320 * Math.cos(Math.toRadians(38.5)), cellX, 150);
        assertEquals(11_090, cellY, 60);
        assertTrue(Math.abs(t.colRotation() / t.pixelWidth()) < Math.tan(Math.toRadians(2)));
    }
}
