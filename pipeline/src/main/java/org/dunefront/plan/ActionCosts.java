package org.dunefront.plan;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Cost per hectare of each action, in CNY/ha.
 *
 * @param costPerHaCny cost per hectare for every action (finite, ≥ 0)
 */
public record ActionCosts(Map<RestorationAction, Double> costPerHaCny) {
    public ActionCosts {
        Objects.requireNonNull(costPerHaCny, "costPerHaCny");
        EnumMap<RestorationAction, Double> m = new EnumMap<>(RestorationAction.class);
        for (RestorationAction a : RestorationAction.values()) {
            Double c = costPerHaCny.get(a);
            if (c == null || !(c >= 0) || !Double.isFinite(c)) {
                throw new IllegalArgumentException("cost per ha of " + a.id() + " must be a finite number ≥ 0, got " + c);
            }
            m.put(a, c);
        }
        costPerHaCny = java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Illustrative defaults (CNY/ha), to be replaced by the bureau's unit costs: sand-fixing shrubs 12 000,
     * saline-alkali shrubs 15 000, mountain barriers (shrubs / straw checkerboards) 18 000, mixed planting
     * 20 000, de-channelization with floodplain works 60 000.
     */
    public static ActionCosts defaults() {
        return new ActionCosts(Map.of(
                RestorationAction.SHRUB_SAND_FIXATION, 12_000.0,
                RestorationAction.SHRUB_SALINE, 15_000.0,
                RestorationAction.MOUNTAIN_BARRIER, 18_000.0,
                RestorationAction.MIXED_PLANTING, 20_000.0,
                RestorationAction.DE_CHANNELIZATION, 60_000.0));
    }

    public double perHaCny(RestorationAction a) { return costPerHaCny.get(a); }

    /** Total cost of {@code areaHa} hectares of action {@code a}, CNY. */
    public double costCny(RestorationAction a, double areaHa) { return perHaCny(a) * areaHa; }
}
