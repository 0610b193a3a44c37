package org.dunefront.ingest;

import java.util.Locale;
import java.util.function.Consumer;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.dunefront.plan.RiverFlag;

/**
 * Reads the {@code channelized} and {@code seasonal} attributes of river features into {@link RiverFlag}
 * bits. Accepted values: booleans, numbers (non-zero = yes) and text (true/yes/y/1 vs false/no/n/0).
 * A missing field, or null/unreadable values, fall back to "no" (a natural, perennial river), each with
 * one warning naming the file, the field and how many features were affected.
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
            if (!has) {
                warnings.accept(file + ": rivers have no '" + f + "' attribute; all " + layer.features().size()
                        + " features are treated as not " + f + " (add a boolean '" + f + "' field to flag them)");
                continue;
            }
            long bad = layer.features().stream().filter(x -> value(x.get(f)) == null).count();
            if (bad > 0) {
                warnings.accept(file + ": " + bad + " of " + layer.features().size() + " river features have no readable '" + f
                        + "' value (null or not yes/no); they are treated as not " + f);
            }
        }
        return new RiverAttributes(c, s);
    }

    /** The rivers-raster value of a feature: RIVER, plus CHANNELIZED / SEASONAL when the attributes say so. */
    int flags(VectorFeature f) {
        int v = RiverFlag.RIVER.bit();
        if (hasChannelized && Boolean.TRUE.equals(value(f.get(CHANNELIZED)))) v |= RiverFlag.CHANNELIZED.bit();
        if (hasSeasonal && Boolean.TRUE.equals(value(f.get(SEASONAL)))) v |= RiverFlag.SEASONAL.bit();
        return v;
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
