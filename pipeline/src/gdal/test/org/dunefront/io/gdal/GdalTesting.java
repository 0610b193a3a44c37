package org.dunefront.io.gdal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.io.GdalAvailability;
import org.dunefront.io.IoBackend;
import org.dunefront.io.RasterIO;
import org.dunefront.testkit.Gdal;

/** Shared helpers of the GDAL backend tests: the backend must load (this test tree only compiles when it is installed). */
final class GdalTesting {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GdalTesting() { }

    /** Asserts that the GDAL backend loads and GDAL's command-line tools (the oracle) are present. */
    static void requireBackend() {
        Gdal.require();
        GdalAvailability a = RasterIO.gdalAvailability();
        assertTrue(a.available(), () -> "GDAL backend must load when its bindings are installed: " + a.reason());
        assertEquals(IoBackend.GDAL, RasterIO.resolve(IoBackend.AUTO));
    }

    static RasterSource open(Path file) throws IOException {
        return RasterIO.open(file, IoBackend.GDAL);
    }

    /** All cells of a band, row-major, as doubles (raw stored values). */
    static double[] readAll(RasterSource src, int band) throws IOException {
        RasterBlock b = src.read(band, src.grid().extent());
        double[] out = new double[b.width() * b.height()];
        for (int r = 0; r < b.height(); r++) {
            for (int c = 0; c < b.width(); c++) out[r * b.width() + c] = b.get(c, r);
        }
        return out;
    }

    /** {@code gdalinfo -json} of any GDAL dataset name (subdatasets included), never writing .aux.xml files. */
    static JsonNode info(String gdalName, String... extra) {
        String[] cmd = new String[extra.length + 6];
        cmd[0] = "gdalinfo";
        cmd[1] = "-json";
        cmd[2] = "--config";
        cmd[3] = "GDAL_PAM_ENABLED";
        cmd[4] = "NO";
        System.arraycopy(extra, 0, cmd, 5, extra.length);
        cmd[cmd.length - 1] = gdalName;
        try {
            return JSON.readTree(Gdal.run(cmd));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * GDAL's decoded cells of one band (1-based) over a window, via {@code gdal_translate -srcwin -of ENVI
     * -ot Float64} (little-endian doubles, row-major).
     */
    static double[] pixels(String gdalName, int band1, Window w, Path dir) throws IOException {
        Path out = Files.createTempFile(dir, "win-", ".envi");
        Gdal.run("gdal_translate", "-q", "-of", "ENVI", "-ot", "Float64", "-b", String.valueOf(band1),
                "-srcwin", String.valueOf(w.col()), String.valueOf(w.row()), String.valueOf(w.width()), String.valueOf(w.height()),
                gdalName, out.toString());
        ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        double[] v = new double[bb.remaining() / 8];
        for (int i = 0; i < v.length; i++) v[i] = bb.getDouble();
        return v;
    }

    /** The cells of a window of a band as doubles, row-major. */
    static double[] read(RasterSource src, int band, Window w) throws IOException {
        RasterBlock b = src.read(band, w);
        double[] out = new double[b.width() * b.height()];
        for (int r = 0; r < b.height(); r++) {
            for (int c = 0; c < b.width(); c++) out[r * b.width() + c] = b.get(c, r);
        }
        return out;
    }

    /** Asserts two cell arrays are identical (NaN equals NaN). */
    static void assertSameCells(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": cell count");
        for (int i = 0; i < expected.length; i++) {
            if (Double.compare(expected[i], actual[i]) != 0) {
                throw new AssertionError(what + ": cell " + i + " expected " + expected[i] + " but was " + actual[i]);
            }
        }
    }
}
