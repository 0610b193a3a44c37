package org.dunefront.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The runs of a sweep, each a map of parameter key → value text: the full factorial grid of
 * {@link SweepAxis} values (the last axis varies fastest), or a Latin hypercube over ranges.
 */
public final class SweepDesign {
    private SweepDesign() { }

    /** Every combination of the axes' values, in lexicographic order of axis positions. */
    public static List<Map<String, String>> factorial(List<SweepAxis> axes) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (SweepAxis a : axes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : a.values()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(a.key(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out.size() == 1 && out.get(0).isEmpty() ? List.of() : out;
    }

    /**
     * {@code n} Latin-hypercube samples over {@code ranges} ({key, lo, hi} each); values are
     * written with 6 significant digits so that the run's configuration is readable.
     */
    public static List<Map<String, String>> latinHypercube(List<String[]> ranges, int n, long seed) {
        double[] lo = new double[ranges.size()], hi = new double[ranges.size()];
        for (int d = 0; d < ranges.size(); d++) {
            lo[d] = Double.parseDouble(ranges.get(d)[1]);
            hi[d] = Double.parseDouble(ranges.get(d)[2]);
        }
        double[][] pts = LatinHypercube.scaled(n, lo, hi, seed);
        List<Map<String, String>> out = new ArrayList<>();
        for (double[] p : pts) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int d = 0; d < p.length; d++) m.put(ranges.get(d)[0], format(p[d]));
            out.add(m);
        }
        return out;
    }

    static String format(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.6g", v)).stripTrailingZeros().toPlainString();
    }
}
