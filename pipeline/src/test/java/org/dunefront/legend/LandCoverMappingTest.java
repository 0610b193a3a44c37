package org.dunefront.legend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import org.dunefront.error.ConfigurationException;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.DataType;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandCoverMappingTest {
    private final Legend legend = LegendFiles.defaultLegend();

    @Test
    void shippedMappingsResolveToLegendCodes() {
        LandCoverMapping nlcd = LegendFiles.defaultMapping(SourceProduct.NLCD, legend);
        assertEquals(7, nlcd.map(82));   // cultivated crops -> farmland
        assertEquals(6, nlcd.map(11));   // open water
        assertEquals(5, nlcd.map(95));   // emergent herbaceous wetlands
        assertEquals(8, nlcd.map(24));   // developed high intensity
        assertEquals(0, nlcd.map(255));  // nodata
        assertEquals(LandCoverMapping.UNMAPPED, nlcd.map(60));
        LandCoverMapping wc = LegendFiles.defaultMapping(SourceProduct.WORLDCOVER, legend);
        assertEquals(13, wc.map(10));
        assertEquals(15, wc.map(60));
        assertEquals(2, wc.map(100));
        LandCoverMapping corine = LegendFiles.defaultMapping(SourceProduct.CORINE, legend);
        assertEquals(15, corine.map(30));  // 331 beaches, dunes, sands
        assertEquals(4, corine.map(38));   // 422 salines -> saline-alkali
        assertEquals(9, corine.map(7));    // 131 mineral extraction
        for (int i = 1; i <= 44; i++) assertTrue(corine.map(i) > 0, "CORINE grid code " + i);
    }

    @Test
    void unknownTargetIsRejectedWithTheValidIds() {
        String yaml = "product: x\nmap:\n  10: forest\n  20: bush\n";
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> LegendFiles.parseMapping(yaml, "x.yaml", legend));
        assertEquals("x.yaml: map.20", e.subject());
        assertTrue(e.problem().startsWith("unknown mapping target 'bush'"), e.problem());
        assertTrue(e.fix().contains("shrubland"));
    }

    @Test
    void applyMapsBlocksAndListsUnmappedValuesWithCounts() {
        LandCoverMapping nlcd = LegendFiles.defaultMapping(SourceProduct.NLCD, legend);
        RasterBlock.Bytes src = new RasterBlock.Bytes(new Window(0, 0, 3, 2), DataType.UINT8, NoData.of(255),
                new byte[] {82, 11, (byte) 255, 52, 71, 42});
        RasterBlock out = nlcd.apply(src, "nlcd.tif");
        assertEquals(7, out.get(0, 0));
        assertEquals(6, out.get(1, 0));
        assertEquals(0, out.get(2, 0));
        assertEquals(12, out.get(0, 1));
        assertEquals(3, out.get(1, 1));
        assertEquals(13, out.get(2, 1));
        RasterBlock.Bytes bad = new RasterBlock.Bytes(new Window(0, 0, 4, 1), DataType.UINT8, NoData.of(255),
                new byte[] {60, 60, 99, 82});
        InputDataException e = assertThrows(InputDataException.class, () -> nlcd.apply(bad, "nlcd.tif"));
        assertEquals("nlcd.tif", e.subject());
        assertTrue(e.problem().endsWith("60 (2 cells), 99 (1 cell)"), e.problem());
        assertEquals(3, e.exitCode());
    }

    @Test
    void legendListsUnknownCodesWithCounts() {
        RasterBlock.Bytes b = new RasterBlock.Bytes(new Window(0, 0, 7, 1), DataType.UINT8, NoData.of(0),
                new byte[] {1, 1, 17, 17, 17, 0, (byte) 200});
        CodeHistogram h = new CodeHistogram().add(b);
        assertEquals(Map.of(1, 2L, 17, 3L, 200, 1L), h.counts());
        SortedMap<Integer, Long> unknown = legend.unknownCodes(h);
        assertEquals(Map.of(17, 3L, 200, 1L), unknown);
        InputDataException e = assertThrows(InputDataException.class, () -> legend.requireKnownCodes("lc.tif", h));
        assertEquals("lc.tif: land-cover codes not in legend 'dunefront-default': 17 (3 cells), 200 (1 cell). "
                + e.fix(), e.getMessage());
        legend.requireKnownCodes("ok.tif", new CodeHistogram().add(1, 10).add(16, 2));
    }

    @Test
    void histogramOfARasterSourceCountsEveryStrip() throws Exception {
        var grid = org.dunefront.grid.GridGeometry.northUp(org.dunefront.grid.CrsDefinition.epsg(32648), 0, 100, 1, 1, 3, 5);
        var r = org.dunefront.grid.MemoryRaster.single("lc", grid, DataType.UINT8, NoData.of(0));
        byte[] d = ((RasterBlock.Bytes) r.band(0)).data();
        for (int i = 0; i < d.length; i++) d[i] = (byte) (i % 3 == 0 ? 0 : i < 9 ? 7 : 99);
        CodeHistogram h = CodeHistogram.of(r, 0);
        // cells 0..14: multiples of 3 are nodata (5), 1,2,4,5,7,8 -> 7 (6 cells), 10,11,13,14 -> 99 (4 cells)
        assertEquals(Map.of(7, 6L, 99, 4L), h.counts());
        assertEquals(Map.of(99, 4L), legend.unknownCodes(h));
    }

    @Test
    void realNlcdZionIsFullyCoveredAndCountsArePreserved(@TempDir Path tmp) {
        Gdal.require();
        Path f = RealData.file("landcover/zion_nlcd2011.tif");
        double[] px = Gdal.pixels(f, 1, tmp);
        assertEquals(1073 * 1359, px.length);
        CodeHistogram src = new CodeHistogram();
        byte[] raw = new byte[px.length];
        for (int i = 0; i < px.length; i++) {
            raw[i] = (byte) (int) px[i];
            src.add((int) px[i], 1);
        }
        LandCoverMapping nlcd = LegendFiles.defaultMapping(SourceProduct.NLCD, legend);
        assertEquals(Map.of(), nlcd.unmappedCodes(src));
        RasterBlock mapped = nlcd.apply(new RasterBlock.Bytes(new Window(0, 0, 1073, 1359), DataType.UINT8,
                NoData.of(255), raw), f.toString());
        CodeHistogram out = new CodeHistogram().add(mapped);
        assertEquals(src.count(82), out.count(7));
        assertEquals(src.count(52), out.count(12));
        assertEquals(src.count(41) + src.count(42) + src.count(43), out.count(13));
        assertEquals(Map.of(), legend.unknownCodes(out));
    }

    @Test
    void realCorineVaudIsFullyCovered(@TempDir Path tmp) {
        Gdal.require();
        Path f = RealData.file("landcover/corine2006_vaud_250m.tif");
        CodeHistogram src = new CodeHistogram();
        for (double v : Gdal.pixels(f, 1, tmp)) src.add((int) v, 1);
        assertTrue(src.counts().size() > 10);
        assertEquals(Map.of(), LegendFiles.defaultMapping(SourceProduct.CORINE, legend).unmappedCodes(src));
    }
}
