package org.dunefront.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs GDAL's command-line tools (Debian's {@code gdal-bin}) to get an independent view of a
 * file. In CI a missing GDAL fails the test; elsewhere the test is skipped with a reason.
 */
public final class Gdal {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Gdal() { }

    /** True when {@code gdalinfo} is on the PATH. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("gdalinfo", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Fails (CI) or skips (elsewhere) when GDAL's tools are missing. */
    public static void require() {
        boolean ok = available();
        String msg = "GDAL command-line tools not found (install Debian's gdal-bin; scripts/test.sh does)";
        if (!ok) {
            if (RealData.inCi()) fail(msg);
            System.out.println("SKIP: " + msg);
        }
        Assumptions.assumeTrue(ok, msg);
    }

    /** Runs a command, returning stdout; fails with stderr on a non-zero exit. */
    public static String run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.MINUTES)) fail("timeout: " + String.join(" ", cmd));
            if (p.exitValue() != 0) {
                fail("command failed (" + p.exitValue() + "): " + String.join(" ", cmd) + "\n" + new String(err));
            }
            return new String(out);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("cannot run " + String.join(" ", cmd), e);
        }
    }

    /** {@code gdalinfo -json} of a file (with {@code extra} flags such as "-stats", "-mm"). */
    public static JsonNode info(Path file, String... extra) {
        List<String> cmd = new ArrayList<>(List.of("gdalinfo", "-json"));
        cmd.addAll(List.of(extra));
        cmd.add(file.toString());
        try {
            return JSON.readTree(run(cmd.toArray(String[]::new)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * GDAL's decoded pixels of one band (1-based) as doubles, via {@code gdal_translate -of ENVI
     * -ot Float64} (raw little-endian samples, row-major). Nodata cells keep their stored value.
     */
    public static double[] pixels(Path file, int band1, Path workDir) {
        try {
            Path out = Files.createTempFile(workDir, "gdal-", ".envi");
            run("gdal_translate", "-q", "-of", "ENVI", "-ot", "Float64", "-b", String.valueOf(band1),
                    "-co", "INTERLEAVE=BSQ", file.toString(), out.toString());
            byte[] raw = Files.readAllBytes(out);
            ByteBuffer bb = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
            double[] v = new double[raw.length / 8];
            for (int i = 0; i < v.length; i++) v[i] = bb.getDouble();
            return v;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The geotransform of {@code gdalinfo -json} as GDAL's 6 coefficients. */
    public static double[] geoTransform(JsonNode info) {
        JsonNode gt = info.get("geoTransform");
        if (gt == null) return null;
        double[] out = new double[6];
        for (int i = 0; i < 6; i++) out[i] = gt.get(i).asDouble();
        return out;
    }
}
