package org.dunefront.io.geotiff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The GeoKeys of an image (OGC GeoTIFF 1.1, GeoKeyDirectoryTag 34735 with values in the tag itself,
 * in GeoDoubleParamsTag 34736 or in GeoAsciiParamsTag 34737). Immutable.
 */
final class GeoKeyDirectory {
    private final Map<Integer, Object> keys;

    private GeoKeyDirectory(Map<Integer, Object> keys) {
        this.keys = keys;
    }

    static GeoKeyDirectory of(Ifd ifd) {
        Map<Integer, Object> keys = new LinkedHashMap<>();
        TiffField dir = ifd.get(TiffTags.GEO_KEY_DIRECTORY);
        if (dir == null || dir.count() < 4) return new GeoKeyDirectory(keys);
        long[] d = dir.asLongs();
        TiffField dbl = ifd.get(TiffTags.GEO_DOUBLE_PARAMS);
        TiffField asc = ifd.get(TiffTags.GEO_ASCII_PARAMS);
        int n = (int) d[3];
        for (int i = 0; i < n && 4 + 4 * i + 3 < d.length; i++) {
            int id = (int) d[4 + 4 * i];
            int loc = (int) d[5 + 4 * i];
            int count = (int) d[6 + 4 * i];
            int off = (int) d[7 + 4 * i];
            if (loc == 0) {
                keys.put(id, (int) off);
            } else if (loc == TiffTags.GEO_DOUBLE_PARAMS && dbl != null) {
                double[] all = dbl.asDoubles();
                if (off >= 0 && off + count <= all.length) {
                    keys.put(id, java.util.Arrays.copyOfRange(all, off, off + count));
                }
            } else if (loc == TiffTags.GEO_ASCII_PARAMS && asc != null) {
                String all = asc.asText();
                int end = Math.min(all.length(), off + count);
                if (off >= 0 && off < end) {
                    String s = all.substring(off, end);
                    while (s.endsWith("|") || s.endsWith("\0")) s = s.substring(0, s.length() - 1);
                    keys.put(id, s);
                }
            } else if (loc == TiffTags.GEO_KEY_DIRECTORY && off + count <= d.length) {
                keys.put(id, (int) d[off]);
            }
        }
        return new GeoKeyDirectory(keys);
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    boolean has(int id) {
        return keys.containsKey(id);
    }

    /** A SHORT-valued key, or {@code dflt}. */
    int code(int id, int dflt) {
        return keys.get(id) instanceof Integer i ? i : dflt;
    }

    /** True when the key holds a code that is neither absent, 0 nor "user-defined". */
    boolean hasCode(int id) {
        int c = code(id, 0);
        return c > 0 && c != TiffTags.USER_DEFINED;
    }

    /** First value of a DOUBLE-valued key, or NaN. */
    double number(int id) {
        Object v = keys.get(id);
        if (v instanceof double[] d && d.length > 0) return d[0];
        return Double.NaN;
    }

    double[] numbers(int id) {
        return keys.get(id) instanceof double[] d ? d : new double[0];
    }

    /** An ASCII key, or "". */
    String text(int id) {
        return keys.get(id) instanceof String s ? s : "";
    }

    /** All keys in file order, for diagnostics. */
    Map<Integer, Object> asMap() {
        return java.util.Collections.unmodifiableMap(keys);
    }
}
