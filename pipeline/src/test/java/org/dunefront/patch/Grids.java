package org.dunefront.patch;

/** Tiny grid builders for patch tests: rows of characters, '.' = background, a digit = class code. */
final class Grids {
    private Grids() {}

    static int width(String... rows) { return rows[0].length(); }

    static int[] classes(String... rows) {
        int w = rows[0].length();
        int[] a = new int[w * rows.length];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length() != w) throw new IllegalArgumentException("ragged row " + r);
            for (int c = 0; c < w; c++) {
                char ch = rows[r].charAt(c);
                a[r * w + c] = ch == '.' ? 0 : ch == 'X' ? 1 : ch - '0';
            }
        }
        return a;
    }

    static PatchLabels label(Connectivity conn, String... rows) {
        return ComponentLabeller.label(classes(rows), width(rows), rows.length, conn);
    }

    /** Labels as rows of digits/letters, for readable assertions ('.' = 0, 1-9, then a-z). */
    static String[] render(PatchLabels l) {
        String[] out = new String[l.height()];
        for (int r = 0; r < l.height(); r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < l.width(); c++) {
                int v = l.label(c, r);
                sb.append(v == 0 ? '.' : v < 10 ? (char) ('0' + v) : (char) ('a' + v - 10));
            }
            out[r] = sb.toString();
        }
        return out;
    }
}
