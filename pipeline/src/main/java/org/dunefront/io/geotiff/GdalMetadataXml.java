package org.dunefront.io.geotiff;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.grid.BandInfo;

/**
 * The texts GDAL reads besides the TIFF tags proper: the {@code GDAL_METADATA} XML (dataset
 * items; per band: scale, offset, unit, description and metadata items, with GDAL's {@code role}
 * attributes), the {@code GDAL_NODATA} string, and the PAM sidecar ({@code .aux.xml}) for what a
 * TIFF cannot hold (category names; colour tables of bands that cannot use a TIFF ColorMap).
 * Items are sorted by name so that the bytes never depend on a map's iteration order.
 */
final class GdalMetadataXml {
    private GdalMetadataXml() { }

    /** GDAL_METADATA content, or empty when there is nothing to write. */
    static String metadata(Map<String, String> dataset, List<BandInfo> bands) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(dataset).entrySet()) {
            item(sb, e.getKey(), -1, null, e.getValue());
        }
        for (int b = 0; b < bands.size(); b++) {
            BandInfo info = bands.get(b);
            if (info.hasScaleOffset()) {
                item(sb, "OFFSET", b, "offset", number(info.offset()));
                item(sb, "SCALE", b, "scale", number(info.scale()));
            }
            if (!info.unit().isEmpty()) item(sb, "UNITTYPE", b, "unittype", info.unit());
            if (!info.description().isEmpty()) item(sb, "DESCRIPTION", b, "description", info.description());
            for (Map.Entry<String, String> e : new TreeMap<>(info.metadata()).entrySet()) {
                item(sb, e.getKey(), b, null, e.getValue());
            }
        }
        if (sb.length() == 0) return "";
        return "<GDALMetadata>\n" + sb + "</GDALMetadata>\n";
    }

    private static void item(StringBuilder sb, String name, int sample, String role, String value) {
        sb.append("  <Item name=\"").append(escape(name)).append('"');
        if (sample >= 0) sb.append(" sample=\"").append(sample).append('"');
        if (role != null) sb.append(" role=\"").append(role).append('"');
        // GDAL escapes item values twice (CPLEscapeString, then the XML serializer) and unescapes them
        // twice on reading (gcore/gdal_pam and frmts/gtiff AppendMetadataItem / CPLUnescapeString):
        // a value escaped once loses everything from its first '&' in GDAL ("Fryberger & Dean" reads as
        // "Fryberger ").
        sb.append('>').append(escape(escape(value == null ? "" : value))).append("</Item>\n");
    }

    /** GDAL_NODATA text: "nan", an integer without decimals, or Java's shortest round-trip decimal. */
    static String noData(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        return number(v);
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /**
     * PAM sidecar content, or empty when no band needs one. {@code colorMapInTiff} tells whether
     * band 1's palette already sits in the TIFF ColorMap.
     */
    static String pam(List<BandInfo> bands, boolean colorMapInTiff) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < bands.size(); b++) {
            BandInfo info = bands.get(b);
            boolean table = !info.palette().isEmpty() && !(b == 0 && colorMapInTiff);
            boolean names = !info.categoryNames().isEmpty();
            if (!table && !names) continue;
            sb.append("  <PAMRasterBand band=\"").append(b + 1).append("\">\n");
            if (names) {
                sb.append("    <CategoryNames>\n");
                for (String n : info.categoryNames()) {
                    if (n == null || n.isEmpty()) sb.append("      <Category />\n");
                    else sb.append("      <Category>").append(escape(n)).append("</Category>\n");
                }
                sb.append("    </CategoryNames>\n");
            }
            if (table) {
                sb.append("    <ColorTable>\n");
                for (int argb : info.palette()) {
                    sb.append("      <Entry c1=\"").append((argb >> 16) & 0xFF).append("\" c2=\"").append((argb >> 8) & 0xFF)
                            .append("\" c3=\"").append(argb & 0xFF).append("\" c4=\"").append((argb >>> 24) & 0xFF).append("\" />\n");
                }
                sb.append("    </ColorTable>\n");
            }
            sb.append("  </PAMRasterBand>\n");
        }
        if (sb.length() == 0) return "";
        return "<PAMDataset>\n" + sb + "</PAMDataset>\n";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
