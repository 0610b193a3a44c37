package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every GeoTIFF of a sample run (96 × 80 basin, ingest → plan) has its QML and SLD beside it, equal to the
 * committed styles/ file of its catalog entry; the QML has the right renderer, a class raster's QML its
 * palette colours and category names, the SLD ascending ColorMapEntry quantities.
 */
class StageStylesTest {
    @TempDir
    static Path tmp;
    static Path run;

    @BeforeAll
    static void runToPlan() {
        run = SampleRuns.runOnce(tmp, "plan");
    }

    /** Stage folder → its *.tif names. */
    private static List<String[]> rasters() throws Exception {
        List<String[]> out = new ArrayList<>();
        for (String stage : List.of("ingest", "drift", "migrate", "rank", "plan")) {
            Path dir = SampleRuns.stage(run, stage);
            try (Stream<Path> s = Files.list(dir)) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tif")).sorted()
                        .forEach(n -> out.add(new String[] {stage, n}));
            }
        }
        return out;
    }

    @Test
    void everyRasterHasItsCommittedStyleBesideIt() throws Exception {
        Path styles = Path.of(System.getProperty("dunefront.root", "..")).resolve("styles");
        List<String[]> rasters = rasters();
        assertEquals(44, rasters.size(), "GeoTIFFs of ingest (9), drift (25), migrate (8), rank (1), plan (1)");
        TreeSet<String> styleNames = new TreeSet<>();
        for (String[] r : rasters) {
            Path dir = SampleRuns.stage(run, r[0]);
            String stem = r[1].substring(0, r[1].length() - 4);
            String styleName = OutputStyles.entry(r[0], r[1]).orElseThrow().styleName();
            styleNames.add(styleName);
            for (String ext : List.of(".qml", ".sld")) {
                Path beside = dir.resolve(stem + ext);
                assertTrue(Files.isRegularFile(beside), r[0] + "/" + stem + ext + " missing");
                assertEquals(Files.readString(styles.resolve(styleName + ext), StandardCharsets.UTF_8),
                        Files.readString(beside, StandardCharsets.UTF_8), r[0] + "/" + stem + ext + " differs from styles/");
            }
        }
        assertEquals(35, styleNames.size(), "every catalog raster style is used by the sample run");
        assertEquals(OutputStyles.entries().size(), styleNames.size());
    }

    @Test
    void qmlRendererMatchesTheRasterAndSldQuantitiesAscend() throws Exception {
        int classRasters = 0;
        for (String[] r : rasters()) {
            Path dir = SampleRuns.stage(run, r[0]);
            String stem = r[1].substring(0, r[1].length() - 4), what = r[0] + "/" + stem;
            Document qml = OutputStylesTest.parse(Files.readString(dir.resolve(stem + ".qml")));
            Document sld = OutputStylesTest.parse(Files.readString(dir.resolve(stem + ".sld")));
            String renderer = ((Element) qml.getElementsByTagName("rasterrenderer").item(0)).getAttribute("type");
            String mapType = ((Element) sld.getElementsByTagNameNS(OutputStylesTest.SLD_NS, "ColorMap").item(0)).getAttribute("type");
            List<Double> q = OutputStylesTest.quantities(sld);
            assertTrue(q.size() >= 2, what);
            for (int i = 1; i < q.size(); i++) assertTrue(q.get(i) > q.get(i - 1), what + ": quantities must ascend " + q);
            BandInfo band;
            DataType type;
            try (RasterSource src = GeoTiffReader.open(dir.resolve(r[1]))) {
                band = src.bandInfo(0);
                type = src.dataType();
            }
            // integer rasters hold classes, floating-point rasters continuous quantities; the patch ids (INT32, any
            // number of patches) are drawn with a ramp that covers every id without listing them
            boolean ids = r[0].equals("rank") && r[1].equals(PatchTable.LABELS);
            boolean classes = type != DataType.FLOAT32 && type != DataType.FLOAT64 && !ids;
            assertEquals(classes ? "paletted" : "singlebandpseudocolor", renderer, what);
            assertEquals(classes ? "values" : "ramp", mapType, what);
            if (!band.palette().isEmpty()) {
                classRasters++;
                NodeList entries = qml.getElementsByTagName("paletteEntry");
                TreeSet<String> named = new TreeSet<>();
                for (int i = 0; i < entries.getLength(); i++) {
                    Element e = (Element) entries.item(i);
                    int v = Integer.parseInt(e.getAttribute("value"));
                    int argb = band.palette().get(v); // a TIFF colour map has no alpha: compare RGB
                    assertEquals(String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF), e.getAttribute("color"), what + " value " + v);
                    String name = band.categoryNames().get(v);
                    assertTrue(e.getAttribute("label").equals(name) || e.getAttribute("label").startsWith(name + " ("),
                            what + " value " + v + ": label '" + e.getAttribute("label") + "' vs raster name '" + name + "'");
                    named.add(name);
                }
                for (int v = 0; v < band.categoryNames().size(); v++) {
                    String name = band.categoryNames().get(v);
                    if (name != null && !name.isEmpty() && !name.equals("No data")) {
                        assertTrue(named.contains(name), what + ": raster class " + v + " '" + name + "' has no style entry");
                    }
                }
            }
        }
        assertEquals(6, classRasters, "landcover, dp_class(_native), rdp_dp_class(_native), action_plan carry palettes");
    }
}
