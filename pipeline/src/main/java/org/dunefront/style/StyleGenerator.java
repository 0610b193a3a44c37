package org.dunefront.style;

import java.util.List;
import java.util.Locale;

/**
 * Builds QGIS QML (QGIS 3 renderer XML) and OGC SLD 1.0.0 styles:
 * <ul>
 *   <li>categorical rasters: QGIS "paletted" renderer / SLD {@code ColorMap type="values"};</li>
 *   <li>continuous rasters: QGIS "singlebandpseudocolor" interpolated ramp / SLD {@code ColorMap type="ramp"};</li>
 *   <li>vector layers by category: QGIS "categorizedSymbol" renderer / one SLD rule per value with an
 *       {@code ogc:PropertyIsEqualTo} filter.</li>
 * </ul>
 * A QML file saved beside a raster with the same base name ({@code landcover.qml} next to
 * {@code landcover.tif}) is applied by QGIS when the raster is opened. Deterministic text.
 */
public final class StyleGenerator {
    private static final String QML_HEAD = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            + "<qgis version=\"3.28.0-Firenze\" styleCategories=\"AllStyleCategories\" hasScaleBasedVisibilityFlag=\"0\">\n";
    private static final String SLD_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\" "
            + "xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd\">\n";

    private StyleGenerator() { }

    // ------------------------------------------------------------------ rasters, categorical

    /** QML of a paletted (categorical) raster: one palette entry per category, band 1-based. */
    public static String categoricalRasterQml(List<Category> categories, int band) {
        StringBuilder sb = new StringBuilder(QML_HEAD);
        sb.append("  <pipe>\n");
        sb.append("    <rasterrenderer type=\"paletted\" opacity=\"1\" band=\"").append(band)
                .append("\" alphaBand=\"-1\" nodataColor=\"\">\n");
        sb.append("      <rasterTransparency/>\n");
        sb.append("      <colorPalette>\n");
        for (Category c : categories) {
            sb.append("        <paletteEntry value=\"").append(esc(c.value())).append("\" color=\"").append(hex(c.argb()))
                    .append("\" alpha=\"").append(alpha(c.argb())).append("\" label=\"").append(esc(c.label())).append("\"/>\n");
        }
        sb.append("      </colorPalette>\n");
        sb.append("      <colorramp type=\"randomcolors\" name=\"[source]\"/>\n");
        sb.append("    </rasterrenderer>\n");
        rasterPipeTail(sb, "0");
        return sb.toString();
    }

    /** SLD of a categorical raster ({@code ColorMap type="values"}). */
    public static String categoricalRasterSld(String layerName, String title, List<Category> categories) {
        StringBuilder sb = sldOpen(layerName, title);
        sb.append("          <RasterSymbolizer>\n            <Opacity>1.0</Opacity>\n");
        sb.append("            <ColorMap type=\"values\">\n");
        for (Category c : categories) {
            sb.append("              <ColorMapEntry color=\"").append(hex(c.argb())).append("\" quantity=\"").append(esc(c.value()))
                    .append("\" label=\"").append(esc(c.label())).append("\" opacity=\"").append(opacity(c.argb())).append("\"/>\n");
        }
        sb.append("            </ColorMap>\n          </RasterSymbolizer>\n");
        return sldClose(sb);
    }

    // ------------------------------------------------------------------ rasters, continuous

    /** QML of a continuous raster with an interpolated colour ramp through the stops (ascending values). */
    public static String continuousRasterQml(List<RampStop> stops, int band) {
        checkAscending(stops);
        String min = num(stops.get(0).value()), max = num(stops.get(stops.size() - 1).value());
        StringBuilder sb = new StringBuilder(QML_HEAD);
        sb.append("  <pipe>\n");
        sb.append("    <rasterrenderer type=\"singlebandpseudocolor\" opacity=\"1\" band=\"").append(band)
                .append("\" classificationMin=\"").append(min).append("\" classificationMax=\"").append(max)
                .append("\" alphaBand=\"-1\" nodataColor=\"\">\n");
        sb.append("      <rasterTransparency/>\n");
        sb.append("      <rastershader>\n");
        sb.append("        <colorrampshader colorRampType=\"INTERPOLATED\" classificationMode=\"1\" clip=\"0\" minimumValue=\"")
                .append(min).append("\" maximumValue=\"").append(max).append("\" labelPrecision=\"4\">\n");
        for (RampStop s : stops) {
            sb.append("          <item value=\"").append(num(s.value())).append("\" color=\"").append(hex(s.argb()))
                    .append("\" alpha=\"").append(alpha(s.argb())).append("\" label=\"").append(esc(s.label())).append("\"/>\n");
        }
        sb.append("        </colorrampshader>\n");
        sb.append("      </rastershader>\n");
        sb.append("    </rasterrenderer>\n");
        rasterPipeTail(sb, "1");
        return sb.toString();
    }

    /** SLD of a continuous raster ({@code ColorMap type="ramp"}). */
    public static String continuousRasterSld(String layerName, String title, List<RampStop> stops) {
        checkAscending(stops);
        StringBuilder sb = sldOpen(layerName, title);
        sb.append("          <RasterSymbolizer>\n            <Opacity>1.0</Opacity>\n");
        sb.append("            <ColorMap type=\"ramp\">\n");
        for (RampStop s : stops) {
            sb.append("              <ColorMapEntry color=\"").append(hex(s.argb())).append("\" quantity=\"").append(num(s.value()))
                    .append("\" label=\"").append(esc(s.label())).append("\" opacity=\"").append(opacity(s.argb())).append("\"/>\n");
        }
        sb.append("            </ColorMap>\n          </RasterSymbolizer>\n");
        return sldClose(sb);
    }

    // ------------------------------------------------------------------ vectors by category

    /**
     * QML of a vector layer classified on {@code field}: one symbol per category (line width or
     * outline width {@code widthMm} in millimetres).
     */
    public static String categorizedVectorQml(String field, SymbolKind kind, List<Category> categories, double widthMm) {
        StringBuilder sb = new StringBuilder(QML_HEAD);
        sb.append("  <renderer-v2 type=\"categorizedSymbol\" attr=\"").append(esc(field))
                .append("\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n");
        sb.append("    <categories>\n");
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            sb.append("      <category value=\"").append(esc(c.value())).append("\" label=\"").append(esc(c.label()))
                    .append("\" symbol=\"").append(i).append("\" render=\"true\"/>\n");
        }
        sb.append("    </categories>\n    <symbols>\n");
        for (int i = 0; i < categories.size(); i++) symbolQml(sb, Integer.toString(i), kind, categories.get(i).argb(), widthMm);
        sb.append("    </symbols>\n");
        sb.append("  </renderer-v2>\n  <blendMode>0</blendMode>\n  <featureBlendMode>0</featureBlendMode>\n");
        sb.append("  <layerGeometryType>").append(kind.ordinal()).append("</layerGeometryType>\n</qgis>\n");
        return sb.toString();
    }

    /** SLD of a vector layer classified on {@code field}: one rule per category. */
    public static String categorizedVectorSld(String layerName, String title, String field, SymbolKind kind,
                                              List<Category> categories, double widthMm) {
        StringBuilder sb = new StringBuilder(SLD_HEAD);
        sb.append("  <NamedLayer>\n    <Name>").append(esc(layerName)).append("</Name>\n    <UserStyle>\n      <Title>")
                .append(esc(title)).append("</Title>\n      <FeatureTypeStyle>\n");
        String width = num(widthMm * 96 / 25.4); // SLD widths are pixels at 96 dpi
        for (Category c : categories) {
            sb.append("        <Rule>\n          <Name>").append(esc(c.label())).append("</Name>\n          <Title>")
                    .append(esc(c.label())).append("</Title>\n");
            sb.append("          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>").append(esc(field))
                    .append("</ogc:PropertyName><ogc:Literal>").append(esc(c.value()))
                    .append("</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>\n");
            String colour = hex(c.argb());
            switch (kind) {
                case LINE -> sb.append("          <LineSymbolizer><Stroke><CssParameter name=\"stroke\">").append(colour)
                        .append("</CssParameter><CssParameter name=\"stroke-width\">").append(width)
                        .append("</CssParameter></Stroke></LineSymbolizer>\n");
                case POLYGON -> sb.append("          <PolygonSymbolizer><Fill><CssParameter name=\"fill\">").append(colour)
                        .append("</CssParameter><CssParameter name=\"fill-opacity\">").append(opacity(c.argb()))
                        .append("</CssParameter></Fill><Stroke><CssParameter name=\"stroke\">#232323</CssParameter>"
                                + "<CssParameter name=\"stroke-width\">").append(width)
                        .append("</CssParameter></Stroke></PolygonSymbolizer>\n");
                case POINT -> sb.append("          <PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName><Fill>"
                                + "<CssParameter name=\"fill\">").append(colour)
                        .append("</CssParameter></Fill></Mark><Size>7</Size></Graphic></PointSymbolizer>\n");
                default -> throw new IllegalStateException();
            }
            sb.append("        </Rule>\n");
        }
        sb.append("      </FeatureTypeStyle>\n    </UserStyle>\n  </NamedLayer>\n</StyledLayerDescriptor>\n");
        return sb.toString();
    }

    // ------------------------------------------------------------------ helpers

    private static void symbolQml(StringBuilder sb, String name, SymbolKind kind, int argb, double widthMm) {
        String type = switch (kind) {
            case POINT -> "marker";
            case LINE -> "line";
            case POLYGON -> "fill";
        };
        sb.append("      <symbol type=\"").append(type).append("\" name=\"").append(name)
                .append("\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n");
        String rgba = rgba(argb);
        switch (kind) {
            case LINE -> {
                sb.append("        <layer class=\"SimpleLine\" enabled=\"1\" pass=\"0\" locked=\"0\">\n          <Option type=\"Map\">\n");
                opt(sb, "line_color", rgba);
                opt(sb, "line_width", num(widthMm));
                opt(sb, "line_width_unit", "MM");
                opt(sb, "line_style", "solid");
                opt(sb, "capstyle", "round");
                opt(sb, "joinstyle", "round");
            }
            case POLYGON -> {
                sb.append("        <layer class=\"SimpleFill\" enabled=\"1\" pass=\"0\" locked=\"0\">\n          <Option type=\"Map\">\n");
                opt(sb, "color", rgba);
                opt(sb, "style", "solid");
                opt(sb, "outline_color", "35,35,35,255");
                opt(sb, "outline_width", num(widthMm));
                opt(sb, "outline_width_unit", "MM");
                opt(sb, "outline_style", "solid");
            }
            case POINT -> {
                sb.append("        <layer class=\"SimpleMarker\" enabled=\"1\" pass=\"0\" locked=\"0\">\n          <Option type=\"Map\">\n");
                opt(sb, "color", rgba);
                opt(sb, "name", "circle");
                opt(sb, "size", "2");
                opt(sb, "size_unit", "MM");
                opt(sb, "outline_color", "35,35,35,255");
            }
            default -> throw new IllegalStateException();
        }
        sb.append("          </Option>\n        </layer>\n      </symbol>\n");
    }

    private static void opt(StringBuilder sb, String name, String value) {
        sb.append("            <Option name=\"").append(name).append("\" type=\"QString\" value=\"").append(esc(value)).append("\"/>\n");
    }

    private static void rasterPipeTail(StringBuilder sb, String zoomedInResampler) {
        sb.append("    <brightnesscontrast brightness=\"0\" contrast=\"0\" gamma=\"1\"/>\n");
        sb.append("    <huesaturation saturation=\"0\" grayscaleMode=\"0\" invertColors=\"0\" colorizeOn=\"0\" "
                + "colorizeRed=\"255\" colorizeGreen=\"128\" colorizeBlue=\"128\" colorizeStrength=\"100\"/>\n");
        sb.append("    <rasterresampler maxOversampling=\"2\"/>\n");
        sb.append("    <resamplingStage>resamplingFilter</resamplingStage>\n");
        sb.append("  </pipe>\n  <blendMode>0</blendMode>\n</qgis>\n");
    }

    private static StringBuilder sldOpen(String layerName, String title) {
        StringBuilder sb = new StringBuilder(SLD_HEAD);
        sb.append("  <NamedLayer>\n    <Name>").append(esc(layerName)).append("</Name>\n    <UserStyle>\n      <Title>")
                .append(esc(title)).append("</Title>\n      <FeatureTypeStyle>\n        <Rule>\n");
        return sb;
    }

    private static String sldClose(StringBuilder sb) {
        sb.append("        </Rule>\n      </FeatureTypeStyle>\n    </UserStyle>\n  </NamedLayer>\n</StyledLayerDescriptor>\n");
        return sb.toString();
    }

    static void checkAscending(List<RampStop> stops) {
        if (stops.size() < 2) throw new IllegalArgumentException("a colour ramp needs at least two stops");
        for (int i = 1; i < stops.size(); i++) {
            if (!(stops.get(i).value() > stops.get(i - 1).value())) {
                throw new IllegalArgumentException("ramp stop values must ascend: " + stops.get(i - 1).value() + " then " + stops.get(i).value());
            }
        }
    }

    /** "#rrggbb". */
    static String hex(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }

    private static int alpha(int argb) {
        return (argb >>> 24) & 0xFF;
    }

    private static String opacity(int argb) {
        return num(Math.round(alpha(argb) / 255.0 * 1000) / 1000.0);
    }

    private static String rgba(int argb) {
        return ((argb >> 16) & 0xFF) + "," + ((argb >> 8) & 0xFF) + "," + (argb & 0xFF) + "," + alpha(argb);
    }

    /** Shortest round-trip decimal text, no exponent for ordinary magnitudes, Locale-independent. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
