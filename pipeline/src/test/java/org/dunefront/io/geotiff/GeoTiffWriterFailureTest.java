package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.error.DunefrontException;
import org.dunefront.error.OutputException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing half-written under the final name; clear errors for unwritable outputs and misuse. */
class GeoTiffWriterFailureTest {
    @TempDir
    Path dir;

    private static final GridGeometry GRID = WriterFixtures.utmGrid(40, 40);
    private static final List<BandInfo> BAND = List.of(BandInfo.of(NoData.of(0)));

    @Test
    void closeWithoutCommitLeavesNoFile() throws Exception {
        Path file = dir.resolve("never.tif");
        try (RasterSink sink = GeoTiffWriter.create(file, GRID, DataType.UINT8, BAND,
                GeoTiffWriteOptions.defaults().withTileSize(16).withThreads(2))) {
            sink.write(0, RasterBlock.filled(DataType.UINT8, new Window(0, 0, 16, 16), NoData.of(0)));
            assertEquals(1, WriterFixtures.listDir(dir).size(), "only the temporary file exists while writing");
            assertTrue(WriterFixtures.listDir(dir).get(0).getFileName().toString().startsWith(".never.tif.tmp-"));
        }
        assertEquals(List.of(), WriterFixtures.listDir(dir), "no final file, no temp file");
    }

    @Test
    void commitMovesIntoPlaceAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("done.tif");
        try (RasterSink sink = GeoTiffWriter.create(file, GRID, DataType.UINT8, BAND, GeoTiffWriteOptions.defaults())) {
            sink.commit();
        }
        assertEquals(List.of(file), WriterFixtures.listDir(dir));
    }

    @Test
    void unwritableDirectoryGivesAClearErrorNamingTheFile() throws Exception {
        Path notADir = Files.writeString(dir.resolve("plain-file"), "x");
        Path file = notADir.resolve("out.tif");
        OutputException e = assertThrows(OutputException.class,
                () -> GeoTiffWriter.create(file, GRID, DataType.UINT8, BAND, GeoTiffWriteOptions.defaults()));
        assertTrue(e.getMessage().startsWith(file.toString() + ": cannot create the output directory"), e.getMessage());
        assertTrue(e.fix().contains("writable directory"), e.getMessage());
        assertEquals(DunefrontException.EXIT_INPUT, e.exitCode());
    }

    @Test
    void writingACompleteTileTwiceIsRefused() throws Exception {
        Path file = dir.resolve("twice.tif");
        try (RasterSink sink = GeoTiffWriter.create(file, GRID, DataType.UINT8, BAND,
                GeoTiffWriteOptions.defaults().withTileSize(16).withThreads(1))) {
            RasterBlock b = RasterBlock.filled(DataType.UINT8, new Window(0, 0, 16, 16), NoData.of(0));
            sink.write(0, b);
            assertThrows(IllegalStateException.class, () -> sink.write(0, b));
            assertThrows(IllegalArgumentException.class,
                    () -> sink.write(0, RasterBlock.filled(DataType.UINT8, new Window(30, 30, 16, 16), NoData.of(0))));
        }
        assertEquals(List.of(), WriterFixtures.listDir(dir));
    }

    @Test
    void invalidOptionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> GeoTiffWriteOptions.defaults().withTileSize(500));
        assertThrows(IllegalArgumentException.class, () -> GeoTiffWriteOptions.defaults().withDeflateLevel(0));
        assertThrows(IllegalArgumentException.class, () -> GeoTiffWriteOptions.defaults().withThreads(0));
        assertThrows(IllegalArgumentException.class, () -> GeoTiffWriteOptions.defaults()
                .withPredictor(GeoTiffWriteOptions.Predictor.FLOATING_POINT).predictorCode(false));
    }
}
