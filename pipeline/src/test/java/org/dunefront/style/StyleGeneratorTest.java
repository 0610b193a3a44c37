package org.dunefront.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dunefront.legend.Legend;
import org.dunefront.legend.LegendFiles;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class StyleGeneratorTest {
    private final Legend legend = LegendFiles.defaultLegend();

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void landCoverQmlHasOnePaletteEntryPerClassWithLegendColours() throws Exception {
        Document d = parse(LandCoverStyle.qml(legend));
        Element renderer = (Element) d.getElementsByTagName("rasterrenderer").item(0);
        assertEquals("paletted", renderer.getAttribute("type"));
        NodeList entries = d.getElementsByTagName("paletteEntry");
        assertEquals(16, entries.getLength());
        Element farm = (Element) entries.item(6);
        assertEquals("7", farm.getAttribute("value"));
        assertEquals("#f5c242", farm.getAttribute("color"));
        assertEquals("Farmland", farm.getAttribute("label"));
        assertEquals("255", farm.getAttribute("alpha"));
    }

    @Test
    void landCoverSldIsAValuesColorMap() throws Exception {
        Document d = parse(LandCoverStyle.sld(legend));
        Element map = (Element) d.getElementsByTagNameNS("http://www.opengis.net/sld", "ColorMap").item(0);
        assertEquals("values", map.getAttribute("type"));
        NodeList e = d.getElementsByTagNameNS("http://www.opengis.net/sld", "ColorMapEntry");
        assertEquals(16, e.getLength());
        assertEquals("15", ((Element) e.item(14)).getAttribute("quantity"));
        assertEquals("#f3d9a4", ((Element) e.item(14)).getAttribute("color"));
        assertEquals("Mobile sand / dunes", ((Element) e.item(14)).getAttribute("label"));
    }

    /** The committed styles/landcover.{qml,sld} are what the generator makes from styles/legend.yaml. */
    @Test
    void committedLandCoverStylesAreUpToDate() throws Exception {
        Path root = Path.of(System.getProperty("dunefront.root", ".."));
        assertEquals(LandCoverStyle.qml(legend), Files.readString(root.resolve("styles/landcover.qml")),
                "styles/landcover.qml is stale: regenerate with 'dunefront sample-data --out rasters/ --write-styles styles/'");
        assertEquals(LandCoverStyle.sld(legend), Files.readString(root.resolve("styles/landcover.sld")));
    }

    @Test
    void continuousRampCarriesStopsAndRange() throws Exception {
        List<RampStop> stops = List.of(new RampStop(0, "0 VU", 0xFFFFFFCC), new RampStop(200, "200 VU", 0xFFFD8D3C),
                new RampStop(400.5, "400.5 VU", 0x80800026));
        Document q = parse(StyleGenerator.continuousRasterQml(stops, 1));
        Element shader = (Element) q.getElementsByTagName("colorrampshader").item(0);
        assertEquals("INTERPOLATED", shader.getAttribute("colorRampType"));
        assertEquals("0", shader.getAttribute("minimumValue"));
        assertEquals("400.5", shader.getAttribute("maximumValue"));
        NodeList items = q.getElementsByTagName("item");
        assertEquals(3, items.getLength());
        assertEquals("128", ((Element) items.item(2)).getAttribute("alpha"));
        Document s = parse(StyleGenerator.continuousRasterSld("dp", "Drift potential", stops));
        NodeList e = s.getElementsByTagNameNS("http://www.opengis.net/sld", "ColorMapEntry");
        assertEquals("#fd8d3c", ((Element) e.item(1)).getAttribute("color"));
        assertEquals("0.502", ((Element) e.item(2)).getAttribute("opacity"));
        assertThrows(IllegalArgumentException.class, () -> StyleGenerator.continuousRasterQml(
                List.of(new RampStop(5, "", 0), new RampStop(5, "", 0)), 1));
    }

    @Test
    void categorizedVectorStylesHaveOneSymbolAndRulePerCategory() throws Exception {
        List<Category> cats = List.of(new Category("1", "Channelized", 0xFF1F4E9A), new Category("0", "Natural <bed> & banks", 0xFF6FA8DC));
        Document q = parse(StyleGenerator.categorizedVectorQml("channelized", SymbolKind.LINE, cats, 0.8));
        Element r = (Element) q.getElementsByTagName("renderer-v2").item(0);
        assertEquals("categorizedSymbol", r.getAttribute("type"));
        assertEquals("channelized", r.getAttribute("attr"));
        assertEquals(2, q.getElementsByTagName("category").getLength());
        assertEquals("Natural <bed> & banks", ((Element) q.getElementsByTagName("category").item(1)).getAttribute("label"));
        assertEquals(2, q.getElementsByTagName("symbol").getLength());
        assertEquals("line", ((Element) q.getElementsByTagName("symbol").item(0)).getAttribute("type"));
        Document s = parse(StyleGenerator.categorizedVectorSld("rivers", "Rivers", "channelized", SymbolKind.POLYGON, cats, 0.26));
        assertEquals(2, s.getElementsByTagNameNS("http://www.opengis.net/sld", "Rule").getLength());
        assertEquals(2, s.getElementsByTagNameNS("http://www.opengis.net/sld", "PolygonSymbolizer").getLength());
        assertEquals("0", s.getElementsByTagNameNS("http://www.opengis.net/ogc", "Literal").item(1).getTextContent());
    }

    @Test
    void outputIsDeterministic() {
        assertEquals(LandCoverStyle.qml(legend), LandCoverStyle.qml(LegendFiles.defaultLegend()));
        assertEquals("0.1", StyleGenerator.num(0.1));
        assertEquals("1000000", StyleGenerator.num(1e6));
        assertEquals("0.0001", StyleGenerator.num(1e-4));
    }
}
