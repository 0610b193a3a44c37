package org.dunefront.workflow.sweep;

import java.util.List;
import java.util.Map;
import org.dunefront.config.DunefrontConfig;

/**
 * One run of a sweep.
 *
 * @param id        folder name under {@code sweep/runs/} ("baseline", "r001", ...)
 * @param settings  the varied parameters (key → value as written)
 * @param config    the resolved configuration of the run
 */
public record SweepRun(String id, Map<String, String> settings, DunefrontConfig config) {
    public SweepRun {
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
    }

    /** The {@code --set} overrides that make this run. */
    public List<String> overrides() {
        return settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }
}
