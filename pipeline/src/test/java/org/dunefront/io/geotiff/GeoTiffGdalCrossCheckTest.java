package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance cross-check: every GeoTIFF under the real-data folder is either read exactly as GDAL
 * reads it (size, bands, geotransform, nodata, CRS, palette, every pixel of every band) or listed in
 * {@link #EXPECTED_REFUSALS} and refused with a message naming the encoding and "--io gdal".
 */
@Execution(ExecutionMode.CONCURRENT) // most of the time is spent waiting for GDAL processes
class GeoTiffGdalCrossCheckTest {

    /** Files the pure-Java reader must refuse, with a fragment of the expected message. */
    static final Map<String, String> EXPECTED_REFUSALS = Map.of(
            "encodings/original/rasterio_cogeo.tif", "compression JPEG (7)",
            "encodings/original/riocogeo_image_geos.tif", "compression JPEG (7)",
            "encodings/derived/zion_hillshade_byte_jpeg_tiled.tif", "compression JPEG (7)",
            "encodings/original/riocogeo_image_webp.tif", "compression WEBP (50001)",
            "encodings/derived/zion_float32_utm12n_zstd.tif", "compression ZSTD (50000)",
            "encodings/original/riocogeo_slc.tif", "complex sample type CInt16");

    @TempDir
    Path tmp;

    static Stream<String> geoTiffs() throws IOException {
        Path root = RealData.root();
        try (Stream<Path> s = Files.walk(root)) {
            List<String> files = s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".tif") || p.toString().endsWith(".tiff"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
            assertTrue(files.size() >= 50, "expected the real-data GeoTIFFs, found " + files.size());
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("geoTiffs")
    void readsLikeGdalOrRefusesClearly(String relative) throws Exception {
        Path file = RealData.file(relative);
        String refusal = EXPECTED_REFUSALS.get(relative);
        if (refusal != null) {
            InputDataException e = assertThrows(InputDataException.class, () -> GeoTiffReader.open(file).close());
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains(refusal), e.getMessage());
            assertTrue(e.getMessage().contains("--io gdal"), e.getMessage());
            System.out.println("MATRIX|" + relative + "|REFUSED|" + e.problem());
            return;
        }
        Gdal.require();
        JsonNode info = Gdal.info(file, "-wkt_format", "WKT2_2015");
        try (RasterSource src = GeoTiffReader.open(file)) {
            GridGeometry g = src.grid();
            assertEquals(info.get("size").get(0).asInt(), g.width(), "width");
            assertEquals(info.get("size").get(1).asInt(), g.height(), "height");
            JsonNode bands = info.get("bands");
            assertEquals(bands.size(), src.bandCount(), "band count");
            checkGeoreferencing(info, src);
            String crsMatch = checkCrs(info, src, file);
            for (int b = 0; b < src.bandCount(); b++) {
                checkBandMetadata(bands.get(b), src.bandInfo(b), src.dataType(), b);
            }
            checkPixels(file, src, info);
            System.out.println("MATRIX|" + relative + "|" + src.dataType() + " x" + src.bandCount() + "|"
                    + src.metadata().get("LAYOUT") + " " + src.blockSize()[0] + "x" + src.blockSize()[1] + "|"
                    + src.metadata().get("COMPRESSION") + " pred " + src.metadata().get("PREDICTOR") + "|"
                    + src.metadata().get("INTERLEAVE") + "|" + src.metadata().get("TIFF_FLAVOUR") + "|"
                    + src.grid().crs().label().replace('|', '/') + "|" + crsMatch + "|"
                    + src.metadata().get(GeoTiffReader.GEOREFERENCING));
        }
    }

    private static void checkGeoreferencing(JsonNode info, RasterSource src) {
        double[] expected = Gdal.geoTransform(info);
        String kind = src.metadata().get(GeoTiffReader.GEOREFERENCING);
        if (expected == null) {
            assertTrue(!"geotransform".equals(kind), "GDAL sees no geotransform but the reader reports one");
            if (info.has("gcps")) assertEquals("gcps", kind);
            return;
        }
        assertEquals("geotransform", kind);
        double[] actual = src.grid().transform().toGdal();
        double scale = Math.max(Math.abs(expected[1]), Math.abs(expected[5]));
        for (int i = 0; i < 6; i++) {
            double tol = 1e-9 * Math.max(scale, Math.abs(expected[i]));
            assertEquals(expected[i], actual[i], tol, "geotransform[" + i + "]");
        }
    }

    private static String checkCrs(JsonNode info, RasterSource src, Path file) throws Exception {
        JsonNode cs = info.has("coordinateSystem") ? info.get("coordinateSystem")
                : info.has("gcps") ? info.get("gcps").get("coordinateSystem") : null;
        String gdalWkt = cs == null || !cs.has("wkt") ? "" : cs.get("wkt").asText();
        CrsDefinition mine = src.grid().crs();
        if (gdalWkt.isEmpty()) {
            assertEquals(CrsDefinition.UNKNOWN, mine, "GDAL sees no CRS");
            return "none (both)";
        }
        assertTrue(mine.isKnown(), "GDAL sees a CRS, the reader does not: " + gdalWkt);
        String how = CrsEquivalence.equivalent(mine, gdalWkt, src.grid(), file);
        assertNotNull(how, "CRS differs from GDAL's:\nmine: " + mine + "\ngdal: " + gdalWkt);
        return how;
    }

    private static void checkBandMetadata(JsonNode gb, BandInfo bi, DataType type, int b) {
        JsonNode nd = gb.get("noDataValue");
        if (nd == null) {
            assertTrue(!bi.noData().present(), "band " + b + " nodata: GDAL has none");
        } else {
            assertTrue(bi.noData().present(), "band " + b + " nodata missing");
            double expected = nd.isTextual() ? Double.parseDouble(nd.asText()) : nd.asDouble();
            if (type == DataType.FLOAT32) expected = (float) expected;
            assertEquals(expected, bi.noData().value(), 0, "band " + b + " nodata");
        }
        assertEquals(gb.has("scale") ? gb.get("scale").asDouble() : 1, bi.scale(), 0, "scale");
        assertEquals(gb.has("offset") ? gb.get("offset").asDouble() : 0, bi.offset(), 0, "offset");
        if (gb.has("description")) assertEquals(gb.get("description").asText(), bi.description(), "description");
        if (gb.has("unit")) assertEquals(gb.get("unit").asText(), bi.unit(), "unit");
        JsonNode ct = gb.get("colorTable");
        if (ct == null) {
            assertTrue(bi.palette().isEmpty(), "band " + b + " has a palette GDAL does not show");
        } else {
            JsonNode entries = ct.get("entries");
            assertEquals(entries.size(), bi.palette().size(), "palette size");
            for (int i = 0; i < entries.size(); i++) {
                JsonNode e = entries.get(i);
                int argb = e.get(3).asInt() << 24 | e.get(0).asInt() << 16 | e.get(1).asInt() << 8 | e.get(2).asInt();
                assertEquals(argb, (int) bi.palette().get(i), "palette entry " + i);
            }
        }
        if (gb.has("categories")) {
            List<String> names = new java.util.ArrayList<>();
            gb.get("categories").forEach(n -> names.add(n.asText()));
            assertEquals(names, bi.categoryNames(), "category names");
        }
    }

    /** All bands decoded by GDAL (one gdal_translate run, ENVI Float64 band-sequential) equal ours. */
    private void checkPixels(Path file, RasterSource src, JsonNode info) throws IOException {
        GridGeometry g = src.grid();
        long cells = g.cellCount();
        ByteBuffer bb = gdalPixels(file, cells * src.bandCount() * 8);
        // GDAL 3.6 has no Int8 type: it reports signed bytes as "Byte" (PIXELTYPE=SIGNEDBYTE) and
        // converts them as unsigned, so reinterpret its values as two's complement.
        boolean gdalUnsignedInt8 = src.dataType() == DataType.INT8 && "Byte".equals(info.get("bands").get(0).get("type").asText());
        for (int b = 0; b < src.bandCount(); b++) {
            RasterBlock block = src.read(b, g.extent());
            int mismatches = 0;
            String first = null;
            for (int r = 0; r < g.height(); r++) {
                for (int c = 0; c < g.width(); c++) {
                    double expected = bb.getDouble((int) ((b * cells + (long) r * g.width() + c) * 8));
                    if (gdalUnsignedInt8 && expected > 127) expected -= 256;
                    double actual = block.get(c, r);
                    if (!same(expected, actual)) {
                        if (first == null) first = "band " + b + " (" + c + "," + r + "): GDAL " + expected + ", reader " + actual;
                        mismatches++;
                    }
                }
            }
            if (mismatches > 0) fail(mismatches + " cells differ from GDAL; first " + first);
        }
    }

    /**
     * GDAL's decoded samples of all bands. The exit status is not trusted alone: the ENVI driver
     * exits with 1 after a mere warning for rotated geotransforms, so the output size is checked.
     */
    private ByteBuffer gdalPixels(Path file, long expectedBytes) throws IOException {
        Path out = tmp.resolve(file.getFileName() + ".envi");
        Process p = new ProcessBuilder("gdal_translate", "-q", "-of", "ENVI", "-ot", "Float64", "-co", "INTERLEAVE=BSQ",
                file.toString(), out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertTrue(Files.isRegularFile(out) && Files.size(out) == expectedBytes,
                "gdal_translate did not produce " + expectedBytes + " bytes: " + log);
        return ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
    }

    static boolean same(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) return Double.isNaN(expected) && Double.isNaN(actual);
        return expected == actual || Math.abs(expected - actual) <= 1e-6 * Math.abs(expected);
    }
}
