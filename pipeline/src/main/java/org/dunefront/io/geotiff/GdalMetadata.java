package org.dunefront.io.geotiff;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * GDAL's metadata stored in TIFF tag 42112 (GDAL_METADATA), e.g.
 * {@code <GDALMetadata><Item name="OFFSET" sample="0" role="offset">1000</Item>...</GDALMetadata>}:
 * dataset items (no {@code sample}), band items ({@code sample} = 0-based band) and the band roles
 * {@code scale}, {@code offset}, {@code unittype} and {@code description}. Items of non-default
 * metadata domains are kept with a "domain:" prefix.
 */
final class GdalMetadata {
    /** Per-band values of the GDAL roles and other items. */
    static final class Band {
        double scale = 1;
        double offset = 0;
        String unit = "";
        String description = "";
        final Map<String, String> items = new LinkedHashMap<>();
    }

    final Map<String, String> dataset = new LinkedHashMap<>();
    private final Map<Integer, Band> bands = new HashMap<>();

    Band band(int band0) {
        return bands.computeIfAbsent(band0, b -> new Band());
    }

    /**
     * The second unescaping GDAL applies to item values (it writes them escaped twice, see
     * {@code GdalMetadataXml}): the five XML entities and numeric character references. An '&amp;'
     * that starts no entity is kept, so files written with single escaping read unchanged.
     */
    static String unescapeXml(String s) {
        if (s.indexOf('&') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            String replacement = semi > i ? entity(s.substring(i + 1, semi)) : null;
            if (replacement == null) {
                sb.append(c);
                i++;
            } else {
                sb.append(replacement);
                i = semi + 1;
            }
        }
        return sb.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                try {
                    if (name.startsWith("#x") || name.startsWith("#X")) return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
                    if (name.startsWith("#")) return new String(Character.toChars(Integer.parseInt(name.substring(1))));
                } catch (IllegalArgumentException e) {
                    return null;
                }
                return null;
        }
    }

    static GdalMetadata parse(String xml) {
        GdalMetadata md = new GdalMetadata();
        if (xml == null || xml.isBlank()) return md;
        Element root = GdalXml.parse(xml.trim());
        if (root == null) return md;
        for (Element item : GdalXml.children(root, "Item")) {
            String name = item.getAttribute("name");
            String value = unescapeXml(item.getTextContent());
            String domain = item.getAttribute("domain");
            String role = item.getAttribute("role");
            String sample = item.getAttribute("sample");
            String key = domain.isEmpty() ? name : domain + ":" + name;
            if (sample.isEmpty()) {
                md.dataset.put(key, value);
                continue;
            }
            int b;
            try {
                b = Integer.parseInt(sample.trim());
            } catch (NumberFormatException e) {
                continue;
            }
            Band band = md.band(b);
            switch (role) {
                case "scale" -> band.scale = number(value, 1);
                case "offset" -> band.offset = number(value, 0);
                case "unittype" -> band.unit = value;
                case "description" -> band.description = value;
                default -> band.items.put(key, value);
            }
        }
        return md;
    }

    private static double number(String s, double dflt) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
