package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.testkit.Gdal;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Deflate level changes the bytes of a file, never its cells: at every level 1..9, GDAL (the oracle) and
 * our reader decode exactly the values written, for float32 with the floating-point predictor and for integer
 * types with the horizontal predictor (the stage outputs' encodings).
 */
class DeflateLevelCellsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DataType.class, names = {"FLOAT32", "UINT8", "INT32"})
    void everyLevelDecodesToTheWrittenCells(DataType type) throws IOException {
        Gdal.require();
        GridGeometry grid = WriterFixtures.utmGrid(300, 170);
        MemoryRaster written = WriterFixtures.random(grid, type, WriterFixtures.noDataFor(type), 31 + type.ordinal(), 1);
        double[] expected = values(written.band(0), grid);
        byte[] level6 = null;
        byte[] level1 = null;
        java.util.List<String> vrtArgs = new java.util.ArrayList<>(java.util.List.of("gdalbuildvrt", "-q", "-separate"));
        Path vrt = dir.resolve(type + "-levels.vrt");
        vrtArgs.add(vrt.toString());
        for (int level = 1; level <= 9; level++) {
            Path file = dir.resolve(type + "-" + level + ".tif");
            GeoTiffWriter.copy(written, file, GeoTiffWriteOptions.defaults().withTileSize(64).withDeflateLevel(level),
                    ProgressListener.NONE);
            vrtArgs.add(file.toString());
            try (RasterSource ours = GeoTiffReader.open(file)) {
                assertArrayEquals(expected, values(ours.read(0, grid.extent()), grid), "our reader, level " + level);
            }
            if (level == 1) level1 = Files.readAllBytes(file);
            if (level == 6) level6 = Files.readAllBytes(file);
        }
        // GDAL decodes the nine files in one process: band k of the VRT is the level-k file
        Gdal.run(vrtArgs.toArray(String[]::new));
        Path envi = dir.resolve(type + "-levels.envi");
        Gdal.run("gdal_translate", "-q", "-of", "ENVI", "-ot", "Float64", "-co", "INTERLEAVE=BSQ", vrt.toString(), envi.toString());
        java.nio.DoubleBuffer gdal = java.nio.ByteBuffer.wrap(Files.readAllBytes(envi)).order(java.nio.ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        assertEquals(9 * expected.length, gdal.remaining());
        for (int level = 1; level <= 9; level++) {
            double[] band = new double[expected.length];
            gdal.get(band);
            assertArrayEquals(expected, band, "GDAL, level " + level);
        }
        String compression = Gdal.info(dir.resolve(type + "-1.tif")).path("metadata").path("IMAGE_STRUCTURE").path("COMPRESSION").asText();
        assertEquals("DEFLATE", compression);
        assertTrue(level1 != null && level6 != null);
        assertFalse(java.util.Arrays.equals(level1, level6), "the level is applied: level 1 and 6 files differ");
    }

    private static double[] values(RasterBlock b, GridGeometry grid) {
        double[] v = new double[grid.width() * grid.height()];
        for (int row = 0; row < grid.height(); row++) {
            for (int col = 0; col < grid.width(); col++) v[row * grid.width() + col] = b.get(col, row);
        }
        return v;
    }
}
