package org.dunefront.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.io.geotiff.GeoTiffWriteOptions;
import org.dunefront.io.geotiff.GeoTiffWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dunefront info <stage folder>} describes every raster of a workspace, with hand-computed statistics. */
class InfoWorkspaceTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    private void write(String name, double[] values, NoData nd) throws Exception {
        GridGeometry g = GridGeometry.northUp(CrsDefinition.epsg(32648), 250000, 4270000, 30, 30, 3, 2);
        try (RasterSink s = GeoTiffWriter.create(dir.resolve(name), g, DataType.FLOAT32, List.of(BandInfo.of(nd)),
                GeoTiffWriteOptions.defaults())) {
            RasterBlock b = RasterBlock.create(DataType.FLOAT32, g.extent(), nd);
            for (int i = 0; i < values.length; i++) b.set(i % 3, i / 3, values[i]);
            s.write(0, b);
            s.commit();
        }
    }

    @Test
    void workspaceListsEveryRasterWithStatisticsAndManifest() throws Exception {
        write("b_dem.tif", new double[] {1, 2, 3, 4, 5, -9999}, NoData.of(-9999));
        write("a_dp.tif", new double[] {10, 20, 30, 40, 50, 60}, NoData.NAN);
        Files.writeString(dir.resolve("manifest.json"), "{\"stage\":\"ingest\",\"softwareVersion\":\"test\"}");
        String[] r = run("info", "--json", "--io", "java", dir.toString());
        assertEquals("0", r[0], r[2]);
        JsonNode root = new ObjectMapper().readTree(r[1]);
        assertEquals("ingest", root.get("manifest").get("stage").asText());
        JsonNode rasters = root.get("rasters");
        assertEquals(2, rasters.size());
        assertTrue(rasters.get(0).get("file").asText().endsWith("a_dp.tif"), "sorted by name");
        assertEquals(35.0, rasters.get(0).get("bands").get(0).get("mean").asDouble(), 1e-9); // (10+..+60)/6
        assertEquals(3.0, rasters.get(1).get("bands").get(0).get("mean").asDouble(), 1e-9);  // (1+..+5)/5, nodata skipped
        assertEquals(5, rasters.get(1).get("bands").get(0).get("validCount").asInt());
        assertEquals(32648, rasters.get(1).get("crs").get("epsg").asInt());
        assertEquals("java", rasters.get(0).get("backend").asText());

        String[] text = run("info", "--io", "java", dir.toString());
        assertEquals("0", text[0], text[2]);
        assertTrue(text[1].startsWith("Workspace:"), text[1]);
        assertTrue(text[1].contains("stage ingest"), text[1]);
        assertTrue(text[1].indexOf("a_dp.tif") < text[1].indexOf("b_dem.tif"));
    }

    @Test
    void folderWithoutRastersIsAnInputError() {
        String[] r = run("info", dir.toString());
        assertEquals("3", r[0]);
        assertTrue(r[2].contains(dir.toString()) && r[2].contains("no GeoTIFF"), r[2]);
    }
}
