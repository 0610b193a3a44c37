package org.dunefront.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.IoChoice;
import org.dunefront.config.OutputConfig;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.Window;
import org.dunefront.io.geotiff.GeoTiffWriteOptions;
import org.dunefront.io.geotiff.GeoTiffWriter;
import org.dunefront.workflow.RasterFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stages' raster writer ({@link RasterIoFiles}) encodes at {@code output.deflateLevel}. */
class OutputDeflateLevelWiringTest {
    @TempDir Path tmp;

    @Test
    void stageFilesAreWrittenAtTheConfiguredLevel() throws IOException {
        GridGeometry grid = GridGeometry.northUp(CrsDefinition.epsg(32648), 300000, 4300000, 30, 30, 130, 90);
        OutputConfig level1 = ConfigLoader.fromYaml(null, "defaults", List.of("output.deflateLevel=1")).output();
        Path viaConfig = write(RasterIoFiles.of(IoChoice.JAVA, level1), grid, tmp.resolve("config-1.tif"));
        Path viaDefaults = write(RasterIoFiles.of(IoChoice.JAVA), grid, tmp.resolve("default.tif"));
        Path reference1 = tmp.resolve("writer-1.tif");
        Path reference2 = tmp.resolve("writer-2.tif");
        writeWith(GeoTiffWriteOptions.defaults().withDeflateLevel(1), grid, reference1);
        writeWith(GeoTiffWriteOptions.defaults().withDeflateLevel(2), grid, reference2);
        assertArrayEquals(Files.readAllBytes(reference1), Files.readAllBytes(viaConfig), "output.deflateLevel=1 writes level 1");
        assertArrayEquals(Files.readAllBytes(reference2), Files.readAllBytes(viaDefaults), "the default output.deflateLevel is 2");
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(reference1), Files.readAllBytes(reference2)));
        assertEquals(6, GeoTiffWriteOptions.defaults().deflateLevel(), "other writers (sample-data, bench) keep GDAL's default 6");
    }

    private static Path write(RasterFiles files, GridGeometry grid, Path file) throws IOException {
        try (RasterSink sink = files.create(file, grid, DataType.FLOAT32, List.of(BandInfo.of(NoData.of(-9999))))) {
            sink.write(0, block(grid));
            sink.commit();
        }
        return file;
    }

    private static void writeWith(GeoTiffWriteOptions options, GridGeometry grid, Path file) throws IOException {
        try (RasterSink sink = GeoTiffWriter.create(file, grid, DataType.FLOAT32, List.of(BandInfo.of(NoData.of(-9999))), options)) {
            sink.write(0, block(grid));
            sink.commit();
        }
    }

    /** A smooth field with some noise: compressible enough that levels 1 and 2 give different streams. */
    private static RasterBlock block(GridGeometry grid) {
        RasterBlock b = RasterBlock.filled(DataType.FLOAT32, new Window(0, 0, grid.width(), grid.height()), NoData.of(-9999));
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        for (int r = 0; r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) b.set(c, r, 100 * Math.sin(c * 0.05) * Math.cos(r * 0.03) + rnd.nextInt(4) * 0.25);
        }
        return b;
    }
}
