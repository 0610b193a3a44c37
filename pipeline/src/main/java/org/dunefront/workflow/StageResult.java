package org.dunefront.workflow;

import java.util.Map;
import java.util.TreeMap;

/**
 * The key numbers a stage reports (hectares per phase, sand reaching assets, ...), recorded in
 * its manifest, shown in the end-of-run summary and collected by sweeps. Names carry units
 * ({@code sandReachingAssetsM3}); see {@link KeyResults} for the names sweeps read.
 */
public record StageResult(Map<String, Double> numbers) {
    public static final StageResult EMPTY = new StageResult(Map.of());

    public StageResult {
        numbers = java.util.Collections.unmodifiableMap(new TreeMap<>(numbers));
    }

    public static StageResult of(Map<String, Double> numbers) {
        return new StageResult(numbers);
    }
}
