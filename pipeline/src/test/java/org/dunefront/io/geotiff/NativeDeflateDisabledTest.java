package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.error.DunefrontException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without the libdeflate shim (a separate JVM with {@code -Ddunefront.native.deflate=off}): reading a
 * Deflate GeoTIFF falls back to java.util.zip and gives the same cells as this JVM (which has the
 * shim), and creating a Deflate writer fails at once with an error naming the library and the fix,
 * instead of silently writing other bytes.
 */
class NativeDeflateDisabledTest {

    @Test
    void withoutTheShimReadingFallsBackAndWritingDeflateIsAClearError(@TempDir Path tmp) throws Exception {
        Path dem = RealData.file("dem/zion_srtm_wgs84.tif");
        assertTrue(NativeDeflate.available(), NativeDeflate.unavailableReason());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Ddunefront.native.deflate=off", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), dem.toString(), tmp.resolve("out.tif").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("available=false"), out);
        assertTrue(out.contains("sum=" + cellSum(dem) + "\n"), "same cells without the shim: " + out);
        assertTrue(out.contains("exit=" + DunefrontException.EXIT_INTERNAL), out);
        assertTrue(out.contains("libdeflate is not available: disabled by -Ddunefront.native.deflate=off"), out);
        assertTrue(out.contains("scripts/install-deps.sh") && out.contains("scripts/build.sh"), out);
        assertTrue(!Files.exists(tmp.resolve("out.tif")), "no output file");
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(), files.toList(), "no temporary file left");
        }
    }

    /** Sum of all cells of band 1 (exact for uint16 in a long). */
    static long cellSum(Path file) throws IOException {
        try (RasterSource src = GeoTiffReader.open(file)) {
            RasterBlock b = src.read(0, src.grid().extent());
            long sum = 0;
            for (int r = 0; r < b.height(); r++) for (int c = 0; c < b.width(); c++) sum += (long) b.get(c, r);
            return sum;
        }
    }

    /** Runs in the child JVM: prints whether the shim loaded, the cell sum, and the writer's error. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            System.out.println("available=" + NativeDeflate.available());
            System.out.println("sum=" + cellSum(Path.of(args[0])));
            try {
                GeoTiffWriter.create(Path.of(args[1]), WriterFixtures.utmGrid(4, 4), DataType.FLOAT32,
                        List.of(BandInfo.of(NoData.NONE)), GeoTiffWriteOptions.defaults()).close();
                System.out.println("no error");
            } catch (DunefrontException e) {
                System.out.println("exit=" + e.exitCode());
                System.out.println(e.getMessage());
            }
        }
    }
}
