package org.dunefront.ingest;

import java.util.Locale;
import java.util.function.Consumer;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.dunefront.plan.RiverFlag;

/**
 * Reads the {@code channelized} and {@code seasonal} attributes of river features into {@link RiverFlag}
 * bits. Accepted values: booleans, numbers (non-zero = yes) and text (true/yes/y/1 vs false/no/n/0).
 * A missing field, or null/unreadable values, fall back to the defaults of the inputs contract
 * ({@code docs/inputs.md}): not channelized, seasonal (the rivers of arid basins mostly run dry part of the
 * year), each with one warning naming the file, the field and how many features were affected.
 */
final class RiverAttributes {
    static final String CHANNELIZED = "channelized";
    static final String SEASONAL = "seasonal";

    private final boolean hasChannelized;
    private final boolean hasSeasonal;

    private RiverAttributes(boolean hasChannelized, boolean hasSeasonal) {
        this.hasChannelized = hasChannelized;
        this.hasSeasonal = hasSeasonal;
    }

    static RiverAttributes of(VectorLayer layer, String file, Consumer<String> warnings) {
        boolean c = layer.field(CHANNELIZED).isPresent(), s = layer.field(SEASONAL).isPresent();
        for (String f : new String[] {CHANNELIZED, SEASONAL}) {
            boolean has = f.equals(CHANNELIZED) ? c : s;
            String fallback = (defaultOf(f) ? "" : "not ") + f;
            if (!has) {
                warnings.accept(file + ": rivers have no '" + f + "' attribute; all " + layer.features().size()
                        + " features are treated as " + fallback + " (add a boolean '" + f + "' field to flag them)");
                continue;
            }
            long bad = layer.features().stream().filter(x -> value(x.get(f)) == null).count();
            if (bad > 0) {
                warnings.accept(file + ": " + bad + " of " + layer.features().size() + " river features have no readable '" + f
                        + "' value (null or not yes/no); they are treated as " + fallback);
            }
        }
        return new RiverAttributes(c, s);
    }

    /** The rivers-raster value of a feature: RIVER, plus CHANNELIZED / SEASONAL when the attributes say so. */
    int flags(VectorFeature f) {
        int v = RiverFlag.RIVER.bit();
        if (flag(f, CHANNELIZED, hasChannelized)) v |= RiverFlag.CHANNELIZED.bit();
        if (flag(f, SEASONAL, hasSeasonal)) v |= RiverFlag.SEASONAL.bit();
        return v;
    }

    private static boolean flag(VectorFeature f, String field, boolean present) {
        Boolean b = present ? value(f.get(field)) : null;
        return b != null ? b : defaultOf(field);
    }

    /** Fallback when the attribute is missing: channelized no, seasonal yes (docs/inputs.md). */
    static boolean defaultOf(String field) {
        return SEASONAL.equals(field);
    }

    /** Yes/no of an attribute value, null when absent or unreadable. */
    static Boolean value(Object o) {
        if (o instanceof Boolean b) return b;
        if (o instanceof Number n) return n.doubleValue() != 0;
        if (o instanceof String s) {
            switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "t" -> { return true; }
                case "false", "no", "n", "0", "f" -> { return false; }
                default -> { return null; }
            }
        }
        return null;
    }
}
