package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dunefront.legend.LegendFiles;
import org.dunefront.style.ClassStyle;
import org.dunefront.style.RampStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The style catalog: which output gets which style, and the committed styles/ folder is what it generates. */
class OutputStylesTest {
    static final String SLD_NS = "http://www.opengis.net/sld";

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** ColorMapEntry quantities of an SLD, in document order. */
    static List<Double> quantities(Document sld) {
        NodeList e = sld.getElementsByTagNameNS(SLD_NS, "ColorMapEntry");
        List<Double> q = new ArrayList<>();
        for (int i = 0; i < e.getLength(); i++) q.add(Double.parseDouble(((Element) e.item(i)).getAttribute("quantity")));
        return q;
    }

    static List<String> attributes(Document d, String tag, String attribute) {
        NodeList e = d.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < e.getLength(); i++) out.add(((Element) e.item(i)).getAttribute(attribute));
        return out;
    }

    @Test
    void committedStylesFolderIsExactlyWhatTheCatalogGenerates() throws Exception {
        Path styles = Path.of(System.getProperty("dunefront.root", "..")).resolve("styles");
        Map<String, String> generated = OutputStyles.repositoryFiles(LegendFiles.defaultLegend());
        String fix = "regenerate with: scripts/dunefront sample-data --out /tmp/sample --write-styles styles/";
        for (Map.Entry<String, String> f : generated.entrySet()) {
            Path p = styles.resolve(f.getKey());
            assertTrue(Files.isRegularFile(p), "styles/" + f.getKey() + " is missing; " + fix);
            assertEquals(f.getValue(), Files.readString(p, StandardCharsets.UTF_8), "styles/" + f.getKey() + " is stale; " + fix);
        }
        TreeSet<String> committed = new TreeSet<>();
        try (Stream<Path> s = Files.list(styles)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".qml") || n.endsWith(".sld")).forEach(committed::add);
        }
        assertEquals(new TreeSet<>(generated.keySet()), committed, "styles/ holds a style the catalog does not generate");
        assertEquals(72, committed.size(), "35 raster styles and the patches vector layer, QML and SLD each");
    }

    @Test
    void writesTheWholeSetIntoAFolder(@TempDir Path tmp) throws Exception {
        List<Path> written = OutputStyles.writeRepositoryFiles(LegendFiles.defaultLegend(), tmp.resolve("styles"));
        assertEquals(72, written.size());
        assertEquals(PlanStyles.patchesQml(), Files.readString(tmp.resolve("styles/patches.qml")));
        try (Stream<Path> s = Files.list(tmp.resolve("styles"))) {
            assertEquals(72, s.count(), "no temp files left");
        }
    }

    @Test
    void filesMapToTheirStyles() {
        assertEquals("dp", OutputStyles.entry("drift", "dp_native.tif").orElseThrow().styleName());
        assertEquals("dp_class", OutputStyles.entry("drift", "dp_class_native.tif").orElseThrow().styleName());
        assertEquals("thickness_30y", OutputStyles.entry("migrate", "thickness_12y.tif").orElseThrow().styleName());
        assertEquals("patch_ids", OutputStyles.entry("rank", "patches.tif").orElseThrow().styleName());
        assertFalse(OutputStyles.entry("drift", "dp_native_native.tif").isPresent());
        assertFalse(OutputStyles.entry("rank", "dp.tif").isPresent(), "a stem belongs to its stage");
        assertFalse(OutputStyles.entry("drift", "dp.png").isPresent());
        TreeSet<String> names = new TreeSet<>();
        OutputStyles.entries().forEach(e -> assertTrue(names.add(e.styleName()), "duplicate " + e.styleName()));
        assertFalse(names.contains("patches"), "patches.qml is the vector layer's style");
    }

    @Test
    void continuousLayersHaveBreaksInTheirUnits() throws Exception {
        RampStyle dp = (RampStyle) style("drift", "dp.tif");
        Document q = parse(dp.qml());
        assertEquals("singlebandpseudocolor", ((Element) q.getElementsByTagName("rasterrenderer").item(0)).getAttribute("type"));
        assertEquals(List.of("0", "100", "200", "400", "800", "1200"), attributes(q, "item", "value"));
        assertEquals(List.of("0 VU", "100 VU", "200 VU (intermediate from 200)", "400 VU (high from 400)", "800 VU", "1200 VU"),
                attributes(q, "item", "label"));
        assertTrue(dp.title().startsWith("DP (VU)"));

        Document rdd = parse(style("drift", "rdd.tif").sld("rdd"));
        assertEquals(List.of(0.0, 45.0, 90.0, 135.0, 180.0, 225.0, 270.0, 315.0, 360.0), quantities(rdd));
        NodeList e = rdd.getElementsByTagNameNS(SLD_NS, "ColorMapEntry");
        assertEquals(((Element) e.item(0)).getAttribute("color"), ((Element) e.item(8)).getAttribute("color"), "cyclic");

        Document net = parse(style("migrate", "net_change.tif").sld("net_change"));
        assertEquals(List.of(-10.0, -2.0, -0.5, -0.1, 0.0, 0.1, 0.5, 2.0, 10.0), quantities(net));
        NodeList n = net.getElementsByTagNameNS(SLD_NS, "ColorMapEntry");
        assertEquals("#f7f7f7", ((Element) n.item(4)).getAttribute("color"));
        assertEquals("-10 m (erosion)", ((Element) n.item(0)).getAttribute("label"));
        assertEquals("10 m (deposition)", ((Element) n.item(8)).getAttribute("label"));

        Document sx = parse(style("drift", "sx_regional.tif").qml());
        List<String> labels = attributes(sx, "item", "label");
        assertEquals("-30° (exposed)", labels.get(0));
        assertEquals("30° (sheltered)", labels.get(labels.size() - 1));

        Document qy = parse(style("drift", "qy.tif").qml());
        assertEquals(List.of("-100", "-50", "-20", "-5", "0", "5", "20", "50", "100"), attributes(qy, "item", "value"));
        assertEquals("-100 m³/m/yr (southward)", attributes(qy, "item", "label").get(0));
        Document thick = parse(style("migrate", "thickness_30y.tif").qml());
        assertEquals("0", attributes(thick, "item", "alpha").get(0), "no sand is transparent");
    }

    @Test
    void classLayersUseTheirRastersPaletteAndNames() throws Exception {
        ClassStyle dpClass = (ClassStyle) style("drift", "dp_class.tif");
        Document q = parse(dpClass.qml());
        assertEquals("paletted", ((Element) q.getElementsByTagName("rasterrenderer").item(0)).getAttribute("type"));
        assertEquals(List.of("1", "2", "3"), attributes(q, "paletteEntry", "value"));
        assertEquals(List.of("#9ecae1", "#fdae6b", "#d7301f"), attributes(q, "paletteEntry", "color"));
        assertEquals(List.of("low (DP < 200 VU)", "intermediate (200 ≤ DP < 400 VU)", "high (DP ≥ 400 VU)"),
                attributes(q, "paletteEntry", "label"));
        Document rivers = parse(style("ingest", "rivers.tif").qml());
        assertEquals("river + channelized + seasonal", attributes(rivers, "paletteEntry", "label").get(7));
        assertEquals(PlanStyles.actionPlanQml(), style("plan", "action_plan.tif").qml());
    }

    /** RGB (alpha in the top byte) of {@code value} on an SLD ramp, interpolated linearly between its entries. */
    private static int rampColour(Document sld, double value) {
        NodeList e = sld.getElementsByTagNameNS(SLD_NS, "ColorMapEntry");
        Element lo = (Element) e.item(0);
        for (int i = 0; i < e.getLength(); i++) {
            Element hi = (Element) e.item(i);
            double qHi = Double.parseDouble(hi.getAttribute("quantity")), qLo = Double.parseDouble(lo.getAttribute("quantity"));
            if (value <= qHi) {
                double t = qHi == qLo ? 1 : (value - qLo) / (qHi - qLo);
                int a = Integer.parseInt(lo.getAttribute("color").substring(1), 16);
                int b = Integer.parseInt(hi.getAttribute("color").substring(1), 16);
                double alpha = Double.parseDouble(lo.getAttribute("opacity")) * (1 - t) + Double.parseDouble(hi.getAttribute("opacity")) * t;
                int rgb = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int c = (int) Math.round(((a >> shift) & 0xFF) * (1 - t) + ((b >> shift) & 0xFF) * t);
                    rgb |= c << shift;
                }
                return (int) Math.round(alpha * 255) << 24 | rgb;
            }
            lo = hi;
        }
        throw new AssertionError(value + " is above the last entry");
    }

    /**
     * Patch ids of any size are drawn (the old palette stopped at 500): a ramp with ids 1..12 in the 12 Paired
     * colours, then 12 stops per tenfold id (ratio 10^(1/12)) up to the largest INT32, 0 transparent.
     */
    @Test
    void patchIdsAreDrawnForAnyIdWithoutListingThem() throws Exception {
        RampStyle style = (RampStyle) style("rank", "patches.tif");
        Document qml = parse(style.qml());
        Element renderer = (Element) qml.getElementsByTagName("rasterrenderer").item(0);
        assertEquals("singlebandpseudocolor", renderer.getAttribute("type"));
        Element shader = (Element) qml.getElementsByTagName("colorrampshader").item(0);
        assertEquals("INTERPOLATED", shader.getAttribute("colorRampType"));
        assertEquals("2147483647", shader.getAttribute("maximumValue"));
        Document sld = parse(style.sld("patch_ids"));
        assertEquals("ramp", ((Element) sld.getElementsByTagNameNS(SLD_NS, "ColorMap").item(0)).getAttribute("type"));
        List<Double> q = quantities(sld);
        // 0, ids 1..12, then 12·10^(k/12) for k = 1..99 (k = 100 would be 12·10^8.33 > 2^31 − 1), then 2^31 − 1
        int k = 0;
        while (Math.rint(12 * Math.pow(10, (k + 1) / 12.0)) < Integer.MAX_VALUE) k++;
        assertEquals(99, k);
        assertEquals(1 + 12 + 99 + 1, q.size(), "a fixed number of stops, however many patches");
        for (int id = 0; id <= 12; id++) assertEquals(id, q.get(id), 0);
        assertEquals(15, q.get(13), 0, "12 · 10^(1/12) = 14.54 → 15");
        assertEquals(120, q.get(12 + 12), 0, "one decade later");
        assertEquals(1200, q.get(12 + 24), 0);
        assertEquals(Integer.MAX_VALUE, q.get(q.size() - 1), 0);

        assertEquals(0, rampColour(sld, 0) >>> 24, "no patch is transparent");
        List<Integer> firstTwelve = new ArrayList<>();
        for (int id = 1; id <= 12; id++) firstTwelve.add(rampColour(sld, id));
        assertEquals(12, new TreeSet<>(firstTwelve).size(), "ids 1..12 each get their own colour");
        assertEquals(0xFFA6CEE3, rampColour(sld, 1));
        assertEquals(0xFFB15928, rampColour(sld, 12));
        for (long id : new long[] {13, 499, 500, 501, 502, 10_000, 123_456, 99_999_999, Integer.MAX_VALUE}) {
            int c = rampColour(sld, id);
            assertEquals(0xFF, c >>> 24, "patch " + id + " is drawn opaque");
        }
        assertTrue(rampColour(sld, 500) != rampColour(sld, 501) && rampColour(sld, 501) != rampColour(sld, 502),
                "neighbouring ids above the old limit of 500 differ in colour");
        assertTrue(style.title().contains("any id"), style.title());
    }

    private static org.dunefront.style.RasterStyle style(String stage, String file) {
        return OutputStyles.entry(stage, file).orElseThrow().style().apply(LegendFiles.defaultLegend());
    }
}
