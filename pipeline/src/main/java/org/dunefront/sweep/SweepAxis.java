package org.dunefront.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One varied parameter of a factorial sweep: its key and the values (as written, passed on as
 * {@code --set key=value}). Parsed from {@code key=v1,v2,v3} or {@code key=a..b:step}.
 */
public record SweepAxis(String key, List<String> values) {

    public SweepAxis {
        values = List.copyOf(values);
        if (values.isEmpty()) throw new IllegalArgumentException(key + ": no values");
    }

    /**
     * Parses {@code key=v1,v2} or {@code key=a..b:step} (inclusive of b when reached; exact
     * decimal arithmetic so 0.1 steps do not drift).
     *
     * @throws IllegalArgumentException with a message saying what is wrong
     */
    public static SweepAxis parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) throw new IllegalArgumentException("expected key=v1,v2,... or key=a..b:step, got '" + spec + "'");
        String key = spec.substring(0, eq).trim(), v = spec.substring(eq + 1).trim();
        if (v.contains("..")) {
            int colon = v.lastIndexOf(':');
            if (colon < 0) throw new IllegalArgumentException(key + ": a range needs a step, e.g. " + key + "=8..14:2");
            BigDecimal[] ab = bounds(key, v.substring(0, colon));
            BigDecimal step = decimal(key, v.substring(colon + 1));
            if (step.signum() <= 0) throw new IllegalArgumentException(key + ": the step must be positive, got " + step);
            if (ab[1].compareTo(ab[0]) < 0) throw new IllegalArgumentException(key + ": the range end " + ab[1] + " is below its start " + ab[0]);
            List<String> values = new ArrayList<>();
            for (BigDecimal x = ab[0]; x.compareTo(ab[1]) <= 0; x = x.add(step)) {
                values.add(x.stripTrailingZeros().toPlainString());
                if (values.size() > 10000) throw new IllegalArgumentException(key + ": more than 10000 values; use a larger step");
            }
            return new SweepAxis(key, values);
        }
        List<String> values = new ArrayList<>();
        for (String s : v.split(",")) if (!s.isBlank()) values.add(s.trim());
        return new SweepAxis(key, values);
    }

    /** Parses {@code key=a..b} (a Latin-hypercube range): returns {key, a, b} as text. */
    public static String[] parseRange(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || !spec.contains("..")) throw new IllegalArgumentException("expected key=a..b, got '" + spec + "'");
        String key = spec.substring(0, eq).trim();
        BigDecimal[] ab = bounds(key, spec.substring(eq + 1).trim());
        if (ab[1].compareTo(ab[0]) <= 0) throw new IllegalArgumentException(key + ": the range end must exceed its start");
        return new String[] {key, ab[0].toPlainString(), ab[1].toPlainString()};
    }

    private static BigDecimal[] bounds(String key, String ab) {
        int dots = ab.indexOf("..");
        if (dots < 0) throw new IllegalArgumentException(key + ": expected a..b, got '" + ab + "'");
        return new BigDecimal[] {decimal(key, ab.substring(0, dots)), decimal(key, ab.substring(dots + 2))};
    }

    private static BigDecimal decimal(String key, String s) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": '" + s + "' is not a number");
        }
    }
}
