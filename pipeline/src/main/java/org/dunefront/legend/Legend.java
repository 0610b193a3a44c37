package org.dunefront.legend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dunefront.error.InputDataException;

/**
 * A validated land-cover legend: classes with unique codes and ids, ordered by code, plus the
 * nodata code of land-cover rasters. Immutable and thread-safe. Load one with {@link LegendFiles}.
 */
public final class Legend {
    private final String name;
    private final int noDataCode;
    private final List<LandCoverClass> classes;
    private final LandCoverClass[] byCode = new LandCoverClass[256];

    /**
     * @param name       legend name (for messages and metadata)
     * @param noDataCode raster value meaning "no data", 0..255, used by no class
     * @param classes    the classes; codes and ids must be unique
     */
    public Legend(String name, int noDataCode, List<LandCoverClass> classes) {
        this.name = name;
        if (noDataCode < 0 || noDataCode > 255) throw new IllegalArgumentException("noDataCode must be 0..255");
        this.noDataCode = noDataCode;
        List<LandCoverClass> sorted = new ArrayList<>(classes);
        sorted.sort((a, b) -> Integer.compare(a.code(), b.code()));
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (LandCoverClass c : sorted) {
            if (c.code() == noDataCode) throw new IllegalArgumentException("class " + c.id() + " uses the nodata code " + noDataCode);
            if (byCode[c.code()] != null) throw new IllegalArgumentException("duplicate code " + c.code());
            if (!ids.add(c.id())) throw new IllegalArgumentException("duplicate id " + c.id());
            byCode[c.code()] = c;
        }
        this.classes = List.copyOf(sorted);
    }

    public String name() {
        return name;
    }

    public int noDataCode() {
        return noDataCode;
    }

    /** Classes in ascending code order. */
    public List<LandCoverClass> classes() {
        return classes;
    }

    public Optional<LandCoverClass> byCode(int code) {
        return code >= 0 && code < 256 ? Optional.ofNullable(byCode[code]) : Optional.empty();
    }

    public Optional<LandCoverClass> byId(String id) {
        return classes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The class with id {@code id}; IllegalArgumentException when absent (programming error). */
    public LandCoverClass require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("legend " + name + " has no class " + id));
    }

    /** The code of class {@code id}. */
    public int code(String id) {
        return require(id).code();
    }

    /**
     * A per-code lookup of a property for inner loops: element {@code code} holds the property of
     * that class, {@code missing} for unused codes and the nodata code.
     */
    public double[] table(java.util.function.ToDoubleFunction<LandCoverClass> property, double missing) {
        double[] t = new double[256];
        Arrays.fill(t, missing);
        for (LandCoverClass c : classes) t[c.code()] = property.applyAsDouble(c);
        return t;
    }

    /** Palette (ARGB) indexed by code up to the largest code; unused entries transparent, nodata transparent. */
    public List<Integer> palette() {
        int max = classes.get(classes.size() - 1).code();
        Integer[] p = new Integer[Math.max(max, noDataCode) + 1];
        Arrays.fill(p, 0);
        for (LandCoverClass c : classes) p[c.code()] = c.argb();
        return List.of(p);
    }

    /** Category names indexed by code (as GDAL's category names), "" for unused codes. */
    public List<String> categoryNames() {
        int max = classes.get(classes.size() - 1).code();
        String[] n = new String[Math.max(max, noDataCode) + 1];
        Arrays.fill(n, "");
        n[noDataCode] = "No data";
        for (LandCoverClass c : classes) n[c.code()] = c.name();
        return List.of(n);
    }

    /**
     * Codes present in a raster (its histogram) that are not legend classes, with their cell
     * counts, ascending. The nodata code is not reported.
     */
    public SortedMap<Integer, Long> unknownCodes(CodeHistogram histogram) {
        TreeMap<Integer, Long> out = new TreeMap<>();
        for (Map.Entry<Integer, Long> e : histogram.counts().entrySet()) {
            int code = e.getKey();
            if (code == noDataCode) continue;
            if (byCode(code).isEmpty()) out.put(code, e.getValue());
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * Throws {@link InputDataException} naming {@code file} and listing every code not in this
     * legend with its cell count; returns silently when all codes are known.
     */
    public void requireKnownCodes(String file, CodeHistogram histogram) {
        SortedMap<Integer, Long> unknown = unknownCodes(histogram);
        if (unknown.isEmpty()) return;
        throw new InputDataException(file,
                "land-cover codes not in legend '" + name + "': " + describeCounts(unknown),
                "Map the product's codes onto the legend with a mapping file (styles/mappings/*.yaml, "
                        + "the ingest land-cover mapping) or add these codes as classes to the legend YAML");
    }

    /** "17 (1203 cells), 42 (12 cells)". */
    static String describeCounts(SortedMap<Integer, Long> counts) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(e.getKey()).append(" (").append(e.getValue()).append(e.getValue() == 1 ? " cell)" : " cells)");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Legend[" + name + ", " + classes.size() + " classes]";
    }
}
