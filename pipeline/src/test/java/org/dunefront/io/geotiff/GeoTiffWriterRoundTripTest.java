package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.ProgressListener;
import org.dunefront.io.geotiff.GeoTiffWriteOptions.Compression;
import org.dunefront.io.geotiff.GeoTiffWriteOptions.Predictor;
import org.dunefront.testkit.Gdal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every data type × compression × predictor written by the Java writer and read back by GDAL:
 * identical values (NaN included: cell by cell for the uncompressed file, then GDAL's checksum of
 * every compressed variant equals it), nodata, geotransform, CRS, tile size, compression and predictor.
 */
class GeoTiffWriterRoundTripTest {
    @TempDir
    static Path dir;

    /** 100 x 70 cells: 4 x 3 tiles of 32 with clipped edge tiles. */
    private static final GridGeometry GRID = WriterFixtures.utmGrid(100, 70);

    /** gdalinfo -json -checksum of every written file, by file name. */
    private static final Map<String, JsonNode> INFO = new ConcurrentHashMap<>();
    /** GDAL's decoded pixels of the uncompressed file of each type. */
    private static final Map<DataType, double[]> PIXELS = new ConcurrentHashMap<>();

    /**
     * Writes every case, then asks GDAL about all files at once, four processes at a time (GDAL
     * process start-up dominates this test); the test methods only compare.
     */
    @BeforeAll
    static void writeEverythingAndAskGdal() throws Exception {
        Gdal.require();
        List<Callable<Void>> jobs = new ArrayList<>();
        for (Arguments a : cases().toList()) {
            Object[] v = a.get();
            Path file = write((DataType) v[0], (Compression) v[1], (Predictor) v[2]);
            jobs.add(() -> {
                INFO.put(file.getFileName().toString(), Gdal.info(file, "-checksum"));
                return null;
            });
            if (v[1] == Compression.NONE) {
                jobs.add(() -> {
                    PIXELS.put((DataType) v[0], Gdal.pixels(file, 1, dir));
                    return null;
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> f : pool.invokeAll(jobs)) f.get();
        } finally {
            pool.shutdown();
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (DataType t : DataType.values()) {
            out.add(Arguments.of(t, Compression.NONE, Predictor.NONE));
            for (Compression c : List.of(Compression.DEFLATE, Compression.LZW)) {
                out.add(Arguments.of(t, c, Predictor.NONE));
                out.add(Arguments.of(t, c, Predictor.HORIZONTAL));
                if (t.isFloatingPoint()) out.add(Arguments.of(t, c, Predictor.FLOATING_POINT));
            }
        }
        return out.stream();
    }

    private static MemoryRaster source(DataType type) {
        return WriterFixtures.random(GRID, type, WriterFixtures.noDataFor(type), 42 + type.ordinal(), 1);
    }

    private static Path write(DataType type, Compression compression, Predictor predictor) throws Exception {
        Path file = dir.resolve(name(type, compression, predictor));
        GeoTiffWriteOptions options = GeoTiffWriteOptions.defaults().withTileSize(32).withCompression(compression)
                .withPredictor(predictor).withThreads(2);
        GeoTiffWriter.copy(source(type), file, options, ProgressListener.NONE);
        return file;
    }

    private static String name(DataType type, Compression compression, Predictor predictor) {
        return type + "-" + compression + "-" + predictor + ".tif";
    }

    /**
     * Values GDAL decodes from the uncompressed file equal the source cell by cell (NaN included);
     * returns GDAL's checksum of that file, which every compressed variant must reproduce.
     */
    private static int referenceChecksum(DataType type) {
        MemoryRaster src = source(type);
        double[] gdal = PIXELS.get(type);
        assertEquals(GRID.cellCount(), gdal.length);
        for (int r = 0; r < GRID.height(); r++) {
            for (int c = 0; c < GRID.width(); c++) {
                double expected = src.band(0).get(c, r);
                if (type == DataType.INT8) expected = ((int) expected) & 0xFF; // GDAL 3.6 reads int8 as SIGNEDBYTE bytes
                double actual = gdal[r * GRID.width() + c];
                if (Double.isNaN(expected)) assertTrue(Double.isNaN(actual), "NaN at " + c + "," + r);
                else assertEquals(expected, actual, 0, "cell " + c + "," + r);
            }
        }
        return INFO.get(name(type, Compression.NONE, Predictor.NONE)).get("bands").get(0).get("checksum").asInt();
    }

    @ParameterizedTest(name = "{0} {1} predictor {2}")
    @MethodSource("cases")
    void gdalReadsBackWhatWasWritten(DataType type, Compression compression, Predictor predictor) throws Exception {
        int expectedChecksum = referenceChecksum(type);
        JsonNode info = INFO.get(name(type, compression, predictor));
        assertEquals(GRID.width(), info.get("size").get(0).asInt());
        assertEquals(GRID.height(), info.get("size").get(1).asInt());
        assertArrayEquals(GRID.transform().toGdal(), Gdal.geoTransform(info), 1e-9);
        assertTrue(info.get("coordinateSystem").get("wkt").asText().contains("ID[\"EPSG\",32648]"),
                "CRS read back as EPSG:32648");
        JsonNode band = info.get("bands").get(0);
        assertEquals(32, band.get("block").get(0).asInt());
        assertEquals(32, band.get("block").get(1).asInt());
        assertEquals(WriterFixtures.noDataFor(type).value(), band.get("noDataValue").asDouble());
        assertEquals(expectedChecksum, band.get("checksum").asInt(), "GDAL decodes the same values as uncompressed");
        JsonNode structure = info.get("metadata").get("IMAGE_STRUCTURE");
        if (compression == Compression.NONE) {
            assertTrue(structure == null || structure.get("COMPRESSION") == null, "uncompressed: " + structure);
        } else {
            assertEquals(compression.name(), structure.get("COMPRESSION").asText());
            int code = predictor == Predictor.NONE ? 1 : predictor == Predictor.HORIZONTAL ? 2 : 3;
            if (code == 1) assertTrue(structure.get("PREDICTOR") == null, "no predictor tag: " + structure);
            else assertEquals(String.valueOf(code), structure.get("PREDICTOR").asText());
        }
    }
}
