package org.dunefront.grid;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Descriptive metadata of one band: nodata, scale/offset (physical = raw · scale + offset),
 * unit, description, optional palette and category names (categorical rasters), and free
 * key/value metadata (e.g. a time-step timestamp {@code "time" -> "2024-03-01T06:00:00Z"}).
 *
 * @param noData        the band's nodata marker
 * @param scale         multiplicative scale of stored values (1 when none)
 * @param offset        additive offset of stored values (0 when none)
 * @param unit          unit of the physical values ("m", "m s-1", ""), empty when unknown
 * @param description   band description, empty when none
 * @param palette       colour table as ARGB ints indexed by value, empty when none
 * @param categoryNames category names indexed by value (null or "" entries for unused values), empty when none
 * @param metadata      other band metadata, in a stable (insertion) order
 */
public record BandInfo(NoData noData, double scale, double offset, String unit, String description,
                       List<Integer> palette, List<String> categoryNames, Map<String, String> metadata) {

    public BandInfo {
        Objects.requireNonNull(noData);
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        palette = palette == null ? List.of() : List.copyOf(palette);
        categoryNames = categoryNames == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(categoryNames));
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }

    /** A plain band: given nodata, no scaling, no palette. */
    public static BandInfo of(NoData noData) {
        return new BandInfo(noData, 1, 0, "", "", List.of(), List.of(), Map.of());
    }

    public boolean hasScaleOffset() {
        return scale != 1 || offset != 0;
    }

    public BandInfo withDescription(String d) {
        return new BandInfo(noData, scale, offset, unit, d, palette, categoryNames, metadata);
    }

    public BandInfo withUnit(String u) {
        return new BandInfo(noData, scale, offset, u, description, palette, categoryNames, metadata);
    }

    public BandInfo withPalette(List<Integer> argb, List<String> names) {
        return new BandInfo(noData, scale, offset, unit, description, argb, names, metadata);
    }

    public BandInfo withMetadata(Map<String, String> m) {
        return new BandInfo(noData, scale, offset, unit, description, palette, categoryNames, m);
    }
}
