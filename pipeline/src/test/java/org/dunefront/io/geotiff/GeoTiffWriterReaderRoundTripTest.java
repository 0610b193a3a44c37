package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.io.geotiff.GeoTiffWriteOptions.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer writes, Dunefront's own pure-Java reader reads back unchanged (no GDAL needed). */
class GeoTiffWriterReaderRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyTypeAndCompressionReadsBackCellForCell() throws Exception {
        GridGeometry grid = WriterFixtures.utmGrid(75, 50);
        for (DataType type : DataType.values()) {
            NoData nd = WriterFixtures.noDataFor(type);
            MemoryRaster src = WriterFixtures.random(grid, type, nd, 100 + type.ordinal(), 2);
            for (Compression c : Compression.values()) {
                Path file = dir.resolve(type + "-" + c + ".tif");
                GeoTiffWriter.copy(src, file, GeoTiffWriteOptions.defaults().withTileSize(32).withCompression(c)
                        .withThreads(2), ProgressListener.NONE);
                try (RasterSource back = GeoTiffReader.open(file)) {
                    assertEquals(type, back.dataType(), file.toString());
                    assertEquals(2, back.bandCount());
                    assertTrue(back.grid().sameGridAs(grid, 1e-12), back.grid() + " vs " + grid);
                    for (int b = 0; b < 2; b++) {
                        assertEquals(nd.value(), back.bandInfo(b).noData().value(), 0);
                        RasterBlock r = back.read(b, new Window(3, 5, 60, 40));
                        for (int y = 0; y < 40; y++) {
                            for (int x = 0; x < 60; x++) {
                                double e = src.band(b).get(x + 3, y + 5), a = r.get(x, y);
                                if (Double.isNaN(e)) assertTrue(Double.isNaN(a), file + " NaN at " + x + "," + y);
                                else assertEquals(e, a, 0, file + " band " + b + " cell " + x + "," + y);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void bandMetadataPaletteCategoriesAndUserDefinedCrsReadBack() throws Exception {
        GridGeometry grid = GridGeometry.northUp(CrsDefinition.wkt(GeoTiffWriterCrsTest.ALBERS_WKT), -200000, 4500000,
                30, 30, 20, 10);
        BandInfo band = new BandInfo(NoData.of(0), 1, 0, "class", "land cover", List.of(0xFF000000, 0xFFE8D8A0),
                List.of("", "bare sand"), Map.of("time", "2024-03-01T00:00:00Z"));
        MemoryRaster src = new MemoryRaster("lc", grid, DataType.UINT8, List.of(band));
        src.band(0).fill(1);
        Path file = dir.resolve("lc.tif");
        GeoTiffWriter.copy(src, file, GeoTiffWriteOptions.defaults(), ProgressListener.NONE);
        try (RasterSource back = GeoTiffReader.open(file)) {
            BandInfo b = back.bandInfo(0);
            assertEquals("land cover", b.description());
            assertEquals("class", b.unit());
            assertEquals("2024-03-01T00:00:00Z", b.metadata().get("time"));
            assertEquals(0xFFE8D8A0, (int) b.palette().get(1));
            assertEquals("bare sand", b.categoryNames().get(1));
            assertTrue(back.grid().crs().isKnown(), "user-defined CRS read back: " + back.grid().crs());
            assertEquals(1, back.read(0, new Window(0, 0, 20, 10)).get(19, 9));
        }
    }
}
