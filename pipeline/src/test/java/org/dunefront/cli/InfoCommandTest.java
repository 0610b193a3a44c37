package org.dunefront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code dunefront info --json} against {@code gdalinfo -json -stats} on real files. */
class InfoCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "dem/zion_srtm_wgs84.tif",                                            // uint16 strips, EPSG:4326
            "encodings/derived/zion_float32_albers5070.tif",                      // float32 tiles, nodata cells
            "encodings/original/spDataLarge_mongon_ep_4band_pixelinterleave.tif", // 4 bands, NaN nodata
            "landcover/zion_nlcd2011.tif",                                         // user-defined UTM, palette
    })
    void jsonMatchesGdalinfoStats(String relative) throws Exception {
        Gdal.require();
        // Several files carry stale STATISTICS_* items that gdalinfo -stats would echo: wrap the file in
        // a VRT (gdalbuildvrt copies no band metadata) so that GDAL computes fresh statistics, and
        // disable PAM so that nothing is written next to the shared files.
        Path file = RealData.file(relative);
        Path vrt = tmp.resolve("gdal.vrt");
        Gdal.run("gdalbuildvrt", "-q", vrt.toString(), file.toString());
        Run r = run("info", "--json", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode mine = new ObjectMapper().readTree(r.out());
        JsonNode gdal = Gdal.info(vrt, "-stats", "--config", "GDAL_PAM_ENABLED", "NO");
        assertEquals(gdal.get("size").get(0).asInt(), mine.get("width").asInt());
        assertEquals(gdal.get("size").get(1).asInt(), mine.get("height").asInt());
        assertEquals(gdal.get("bands").size(), mine.get("bandCount").asInt());
        for (int i = 0; i < 6; i++) {
            double e = gdal.get("geoTransform").get(i).asDouble();
            assertEquals(e, mine.get("geoTransform").get(i).asDouble(), 1e-9 * Math.max(1e-3, Math.abs(e)));
        }
        JsonNode idNode = gdal.at("/stac/proj:epsg");
        if (idNode.isNumber()) assertEquals(idNode.asInt(), mine.get("crs").get("epsg").asInt(), "EPSG code");
        else assertTrue(!mine.get("crs").get("wkt").asText().isEmpty(), "user-defined CRS carries its WKT");
        for (int b = 0; b < gdal.get("bands").size(); b++) {
            JsonNode gb = gdal.get("bands").get(b), mb = mine.get("bands").get(b);
            // full-precision values are in the STATISTICS_* items (the "mean" field is rounded to 3 decimals)
            JsonNode st = gb.get("metadata").get("");
            double min = st.get("STATISTICS_MINIMUM").asDouble(), max = st.get("STATISTICS_MAXIMUM").asDouble();
            double mean = st.get("STATISTICS_MEAN").asDouble();
            // GDAL prints STATISTICS_* with 14 significant digits
            assertEquals(min, mb.get("min").asDouble(), 1e-13 * Math.abs(min), "band " + (b + 1) + " min");
            assertEquals(max, mb.get("max").asDouble(), 1e-13 * Math.abs(max), "band " + (b + 1) + " max");
            assertEquals(mean, mb.get("mean").asDouble(), 1e-6 * Math.abs(mean), "band " + (b + 1) + " mean");
            double sd = st.get("STATISTICS_STDDEV").asDouble();
            assertEquals(sd, mb.get("stdDev").asDouble(), 1e-6 * Math.abs(sd) + 1e-9, "band " + (b + 1) + " stdDev");
            if (gb.has("noDataValue")) {
                JsonNode nd = gb.get("noDataValue");
                if (nd.isTextual()) assertEquals(nd.asText(), mb.get("noData").asText());
                else assertEquals(nd.asDouble(), mb.get("noData").asDouble(), 1e-6 * Math.abs(nd.asDouble()));
            }
        }
        // the text form names the same numbers
        Run text = run("info", file.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("Size:        " + mine.get("width").asInt() + " x " + mine.get("height").asInt()), text.out());
    }

    @Test
    void unsupportedFileExitsWithInputErrorNamingFileAndFix() {
        Path file = RealData.file("encodings/original/riocogeo_image_webp.tif");
        Run r = run("info", "--io", "java", file.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains(file.toString()) && r.err().contains("WEBP") && r.err().contains("--io gdal"), r.err());
    }

    /** The file the Java backend refuses is read by the GDAL backend, which is what the fix says. */
    @Test
    void gdalBackendReadsWhatTheJavaReaderRefuses() throws Exception {
        Gdal.require();
        Path file = RealData.file("encodings/original/riocogeo_image_webp.tif");
        Run r = run("info", "--json", "--io", "gdal", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode mine = new ObjectMapper().readTree(r.out());
        JsonNode gdal = Gdal.info(file);
        assertEquals("gdal", mine.get("backend").asText());
        assertEquals(gdal.get("size").get(0).asInt(), mine.get("width").asInt());
        assertEquals(gdal.get("bands").size(), mine.get("bandCount").asInt());
    }

    @Test
    void helpShowsAWorkedExample() {
        Run r = run("info", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Example:") && r.out().contains("dunefront info --json"), r.out());
    }
}
