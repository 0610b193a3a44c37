package org.dunefront.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rewrites WKT 2:2019 (as printed by GDAL ≥ 3 / PROJ ≥ 6) into the WKT 2:2015 subset that Apache SIS 1.4
 * parses. SIS 1.4 rejects the 2019 keywords {@code GEOGCRS}, {@code BASEGEOGCRS}, {@code BOUNDCRS},
 * {@code ENSEMBLE} and {@code USAGE}; the rewrite is:
 * <ul>
 *   <li>{@code GEOGCRS}/{@code GEOGRAPHICCRS} → {@code GEODCRS}, {@code BASEGEOGCRS} → {@code BASEGEODCRS};</li>
 *   <li>{@code ENSEMBLE["n ensemble", MEMBER…, ELLIPSOID…, ENSEMBLEACCURACY…]} → {@code DATUM["n", ELLIPSOID…]}
 *       (PROJ suffixes the EPSG datum name with " ensemble");</li>
 *   <li>{@code USAGE[SCOPE, AREA, BBOX]} → its children (first usage only);</li>
 *   <li>{@code BOUNDCRS[SOURCECRS[c], TARGETCRS[WGS 84], ABRIDGEDTRANSFORMATION[7 parameters]]} → {@code c}
 *       with the parameters as {@code TOWGS84[…]} in its datum (the WKT 1 meaning of a bound CRS);</li>
 *   <li>{@code DYNAMIC} and {@code GEOIDMODEL} are dropped.</li>
 * </ul>
 * Package-private; stateless and thread-safe.
 */
final class WktNormalizer {

    private WktNormalizer() { }

    /** A WKT element: keyword and children (either {@link Node} or raw token text, quotes kept). */
    static final class Node {
        String keyword;
        final List<Object> children = new ArrayList<>();

        Node(String keyword) {
            this.keyword = keyword;
        }

        String upper() {
            return keyword.toUpperCase(Locale.ROOT);
        }

        Node child(String kw) {
            for (Object o : children) if (o instanceof Node n && n.upper().equals(kw)) return n;
            return null;
        }
    }

    /** The normalised text; throws {@link IllegalArgumentException} when the text is not bracket-balanced WKT. */
    static String normalize(String wkt) {
        Node root = parse(wkt);
        Node out = rewrite(root);
        StringBuilder sb = new StringBuilder();
        write(out, sb);
        return sb.toString();
    }

    /** The EPSG code in the top-level {@code ID["EPSG", n]} or {@code AUTHORITY["EPSG","n"]}, or 0. */
    static int topLevelEpsg(String wkt) {
        try {
            Node root = parse(wkt);
            if (root.upper().equals("BOUNDCRS")) {
                Node src = root.child("SOURCECRS");
                if (src != null) root = firstNode(src);
            }
            for (Object o : root.children) {
                if (o instanceof Node n && (n.upper().equals("ID") || n.upper().equals("AUTHORITY"))
                        && n.children.size() >= 2 && unquote(n.children.get(0)).equalsIgnoreCase("EPSG")) {
                    return Integer.parseInt(unquote(n.children.get(1)).trim());
                }
            }
        } catch (RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static String unquote(Object token) {
        String s = token.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        return s;
    }

    private static Node firstNode(Node n) {
        for (Object o : n.children) if (o instanceof Node c) return c;
        throw new IllegalArgumentException("empty " + n.keyword);
    }

    // ---- rewriting -------------------------------------------------------------------------------------

    private static Node rewrite(Node n) {
        switch (n.upper()) {
            case "BOUNDCRS" -> {
                return rewriteBound(n);
            }
            case "GEOGCRS", "GEOGRAPHICCRS" -> n.keyword = "GEODCRS";
            case "BASEGEOGCRS" -> n.keyword = "BASEGEODCRS";
            case "ENSEMBLE" -> {
                Node d = new Node("DATUM");
                // PROJ names ensembles "<datum> ensemble"; the EPSG datum is "<datum>".
                String name = n.children.get(0).toString();
                d.children.add(name.replaceFirst("(?i) ensemble\"$", "\""));
                Node ell = n.child("ELLIPSOID");
                if (ell != null) d.children.add(ell);
                return d;
            }
            default -> { }
        }
        List<Object> kids = new ArrayList<>();
        boolean usageSeen = false;
        for (Object o : n.children) {
            if (!(o instanceof Node c)) {
                kids.add(o);
                continue;
            }
            String kw = c.upper();
            if (kw.equals("DYNAMIC") || kw.equals("GEOIDMODEL")) continue;
            if (kw.equals("USAGE")) {
                if (!usageSeen) for (Object u : c.children) if (u instanceof Node un) kids.add(rewrite(un));
                usageSeen = true;
                continue;
            }
            kids.add(rewrite(c));
        }
        n.children.clear();
        n.children.addAll(kids);
        return n;
    }

    private static Node rewriteBound(Node bound) {
        Node srcWrap = bound.child("SOURCECRS");
        if (srcWrap == null) throw new IllegalArgumentException("BOUNDCRS without SOURCECRS");
        Node src = rewrite(firstNode(srcWrap));
        Node tr = bound.child("ABRIDGEDTRANSFORMATION");
        double[] towgs84 = tr == null ? null : toWgs84(tr);
        if (towgs84 != null) {
            Node datum = findDatum(src);
            if (datum != null) {
                Node t = new Node("TOWGS84");
                for (double v : towgs84) t.children.add(Double.toString(v));
                // TOWGS84 goes right after the ellipsoid, as in WKT 1.
                int at = datum.children.indexOf(datum.child("ELLIPSOID"));
                datum.children.add(at < 0 ? datum.children.size() : at + 1, t);
            }
        }
        return src;
    }

    private static Node findDatum(Node n) {
        for (Object o : n.children) {
            if (o instanceof Node c) {
                if (c.upper().equals("DATUM") || c.upper().equals("GEODETICDATUM") || c.upper().equals("TRF")) return c;
                Node d = findDatum(c);
                if (d != null) return d;
            }
        }
        return null;
    }

    /**
     * Bursa-Wolf parameters (dx, dy, dz m; rx, ry, rz arc-seconds; ds ppm) in the position-vector
     * convention of TOWGS84, or null when the method is not a Helmert-type transformation.
     * Coordinate-frame rotations are negated (EPSG guidance note 7-2, §4.4.3.3).
     */
    private static double[] toWgs84(Node tr) {
        Node method = tr.child("METHOD");
        String m = method == null ? "" : unquote(method.children.get(0)).toLowerCase(Locale.ROOT);
        boolean frame = m.contains("coordinate frame");
        if (!(frame || m.contains("position vector") || m.contains("geocentric translation"))) return null;
        double[] p = new double[7];
        for (Object o : tr.children) {
            if (!(o instanceof Node par) || !par.upper().equals("PARAMETER") || par.children.size() < 2) continue;
            String name = unquote(par.children.get(0)).toLowerCase(Locale.ROOT);
            double v = Double.parseDouble(par.children.get(1).toString().trim());
            int i = name.startsWith("x-axis translation") ? 0 : name.startsWith("y-axis translation") ? 1
                    : name.startsWith("z-axis translation") ? 2 : name.startsWith("x-axis rotation") ? 3
                    : name.startsWith("y-axis rotation") ? 4 : name.startsWith("z-axis rotation") ? 5
                    : name.startsWith("scale difference") ? 6 : -1;
            if (i < 0) continue;
            p[i] = (frame && i >= 3 && i <= 5) ? -v : v;
        }
        // GDAL writes "Scale difference" as a factor (1 = no change) in WKT2; TOWGS84 wants ppm.
        if (Math.abs(p[6] - 1) < 0.01) p[6] = (p[6] - 1) * 1e6;
        return p;
    }

    // ---- parsing and writing ---------------------------------------------------------------------------

    static Node parse(String wkt) {
        int[] pos = {0};
        Node n = parseNode(wkt, pos);
        skipWs(wkt, pos);
        if (pos[0] != wkt.length()) throw new IllegalArgumentException("unexpected text after position " + pos[0]);
        return n;
    }

    private static Node parseNode(String s, int[] pos) {
        skipWs(s, pos);
        int start = pos[0];
        while (pos[0] < s.length() && (Character.isLetterOrDigit(s.charAt(pos[0])) || s.charAt(pos[0]) == '_')) pos[0]++;
        if (pos[0] == start) throw new IllegalArgumentException("keyword expected at position " + start);
        Node n = new Node(s.substring(start, pos[0]));
        skipWs(s, pos);
        if (pos[0] >= s.length() || (s.charAt(pos[0]) != '[' && s.charAt(pos[0]) != '(')) {
            throw new IllegalArgumentException("'[' expected after " + n.keyword);
        }
        char close = s.charAt(pos[0]) == '[' ? ']' : ')';
        pos[0]++;
        while (true) {
            skipWs(s, pos);
            if (pos[0] >= s.length()) throw new IllegalArgumentException("unbalanced brackets in " + n.keyword);
            char c = s.charAt(pos[0]);
            if (c == close) {
                pos[0]++;
                return n;
            }
            if (c == ',') {
                pos[0]++;
                continue;
            }
            if (c == '"') {
                int b = pos[0]++;
                while (true) {
                    if (pos[0] >= s.length()) throw new IllegalArgumentException("unterminated string");
                    if (s.charAt(pos[0]) == '"') {
                        if (pos[0] + 1 < s.length() && s.charAt(pos[0] + 1) == '"') pos[0] += 2;
                        else break;
                    } else pos[0]++;
                }
                pos[0]++;
                n.children.add(s.substring(b, pos[0]));
                continue;
            }
            int b = pos[0];
            while (pos[0] < s.length() && ",[]()\"".indexOf(s.charAt(pos[0])) < 0) pos[0]++;
            String tok = s.substring(b, pos[0]).trim();
            skipWs(s, pos);
            if (pos[0] < s.length() && (s.charAt(pos[0]) == '[' || s.charAt(pos[0]) == '(')) {
                pos[0] = b;
                n.children.add(parseNode(s, pos));
            } else {
                n.children.add(tok);
            }
        }
    }

    private static void skipWs(String s, int[] pos) {
        while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) pos[0]++;
    }

    private static void write(Node n, StringBuilder sb) {
        sb.append(n.keyword).append('[');
        for (int i = 0; i < n.children.size(); i++) {
            if (i > 0) sb.append(',');
            Object o = n.children.get(i);
            if (o instanceof Node c) write(c, sb);
            else sb.append(o);
        }
        sb.append(']');
    }
}
