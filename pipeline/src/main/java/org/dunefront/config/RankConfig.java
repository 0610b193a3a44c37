package org.dunefront.config;

import java.util.List;
import java.util.Map;

/** Priority patches and their ranking (science.md §8). */
public record RankConfig(
        @Param(description = "Ranking criteria, in the order of the AHP matrix rows",
                defaultValue = "[protective-value, slope, distance-to-water, cost-per-ha]") List<String> criteria,
        @Param(description = "AHP pairwise comparison matrix (Saaty 1-9 scale, reciprocal); empty = use weights",
                min = 0.111, max = 9, defaultValue = "[]") List<List<Double>> ahpMatrix,
        @Param(description = "Criterion weights used when ahpMatrix is empty (normalised to sum 1)",
                min = 0, max = 1, defaultValue = "{protective-value: 0.5, slope: 0.15, distance-to-water: 0.15, cost-per-ha: 0.2}")
                Map<String, Double> weights,
        @Param(description = "Minimum patch area (minimum mapping unit)", unit = "ha", min = 0, max = 100000,
                defaultValue = "5") double minPatchHa,
        @Param(description = "Join cells touching at corners into one patch (8-connectivity; GRASS/GDAL default 4)",
                defaultValue = "false") boolean diagonalConnectivity,
        @Param(description = "Split of a cell's sand outflow among downwind neighbours when routing to assets",
                defaultValue = "FACE_SPLIT") RoutingScheme routingScheme,
        @Param(description = "Discount of distant arrivals in the protective value",
                defaultValue = "DECAY_PER_KM") TravelWeighting travelWeighting,
        @Param(description = "Fraction of routed sand lost per km of path (with DECAY_PER_KM)", unit = "1/km",
                min = 0, max = 0.99, defaultValue = "0.1") double decayFractionPerKm,
        @Param(description = "Cost of each action per hectare, in the plan's budget unit", unit = "budget unit/ha",
                min = 0, max = 1.0e9,
                defaultValue = "{SALT_TOLERANT_SHRUBS: 9000, MIXED_SHELTERBELT: 15000, RIVER_DECHANNELIZATION: 30000,"
                        + " SHELTERBELT_OPTIMISATION: 6000, SHRUB_BARRIER: 8000, STRAW_CHECKERBOARD: 4500,"
                        + " RIVER_BUFFER_RESTORATION: 12000}") Map<String, Double> costPerHa) {

    public RankConfig {
        criteria = List.copyOf(criteria);
        ahpMatrix = ahpMatrix.stream().map(List::copyOf).toList();
        weights = Map.copyOf(weights);
        costPerHa = Map.copyOf(costPerHa);
        if (criteria.isEmpty()) throw new InvalidParameterException("criteria", "at least one criterion is needed", "List the criteria");
        if (!ahpMatrix.isEmpty()) {
            int n = criteria.size();
            if (ahpMatrix.size() != n || ahpMatrix.stream().anyMatch(r -> r.size() != n)) {
                throw new InvalidParameterException("ahpMatrix", "expected a " + n + " x " + n + " matrix (one row per criterion)",
                        "Give one row and one column per entry of rank.criteria");
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double a = ahpMatrix.get(i).get(j), b = ahpMatrix.get(j).get(i);
                    if (Math.abs(a * b - 1) > 0.02) {
                        throw new InvalidParameterException("ahpMatrix", "not reciprocal at row " + (i + 1) + ", column "
                                + (j + 1) + " (" + a + " x " + b + " != 1)", "Set a[j][i] = 1 / a[i][j] and 1 on the diagonal");
                    }
                }
            }
        } else {
            for (String c : criteria) {
                if (!weights.containsKey(c)) {
                    throw new InvalidParameterException("weights", "no weight for criterion '" + c + "'",
                            "Give a weight for every entry of rank.criteria, or an ahpMatrix");
                }
            }
            if (weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                throw new InvalidParameterException("weights", "the weights sum to 0", "Give at least one positive weight");
            }
        }
    }
}
