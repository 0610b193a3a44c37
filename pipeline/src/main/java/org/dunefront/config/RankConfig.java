package org.dunefront.config;

import java.util.List;
import java.util.Map;

/**
 * Candidate rules, priority patches and their ranking (science.md §8). Maps onto
 * {@code plan.PlanParameters} (candidate rules, connectivity, minimum mapping unit, routing,
 * criterion weights, action costs); the criteria are fixed, in the order of {@link #CRITERIA}.
 */
public record RankConfig(
        @Param(description = "AHP pairwise matrix over the criteria (Saaty 1-9, reciprocal, rows in the order protective-value, "
                + "slope, distance-to-water, distance-to-roads, recharge-potential, cost-per-ha; CR < 0.1); empty = use weights",
                min = 0.111, max = 9, defaultValue = "[]") List<List<Double>> ahpMatrix,
        @Param(description = "Criterion weights used when ahpMatrix is empty; they must sum to 1",
                min = 0, max = 1, defaultValue = "{protective-value: 0.5, slope: 0.1, distance-to-water: 0.1, "
                        + "distance-to-roads: 0.05, recharge-potential: 0.1, cost-per-ha: 0.15}") Map<String, Double> weights,
        @Param(description = "Minimum patch area (minimum mapping unit)", unit = "ha", min = 0, max = 100000,
                defaultValue = "1") double minPatchHa,
        @Param(description = "Join cells touching at corners into one patch (8-connectivity; GRASS/GDAL default 4)",
                defaultValue = "false") boolean diagonalConnectivity,
        @Param(description = "Cost of each action per hectare (illustrative defaults; use the bureau's unit costs)",
                unit = "CNY/ha", min = 0, max = 1.0e9,
                defaultValue = "{shrub-sand-fixation: 12000, shrub-saline: 15000, mountain-barrier: 18000, "
                        + "mixed-planting: 20000, de-channelization: 60000}") Map<String, Double> costPerHa,
        @Param(description = "Split of a cell's sand outflow among downwind neighbours when routing to assets",
                defaultValue = "FACE_SPLIT") RoutingScheme routingScheme,
        @Param(description = "Discount of distant arrivals in the protective value",
                defaultValue = "DECAY_PER_KM") TravelWeighting travelWeighting,
        @Param(description = "Fraction of routed sand lost per km of path (with DECAY_PER_KM)", unit = "1/km",
                min = 0, max = 0.99, defaultValue = "0.1") double decayFractionPerKm,
        @Param(description = "Sand-front celerity for TRAVEL_TIME weighting (horizon = migrate.horizonYears)", unit = "m/yr",
                min = 0.01, max = 1000, defaultValue = "10") double celerityMPerYr,
        @Param(description = "Sand fixation: minimum annual sand flux magnitude", unit = "m3/m/yr", min = 0, max = 1.0e6,
                defaultValue = "1") double sandFixationMinFluxM3PerMPerYr,
        @Param(description = "Sand fixation: maximum distance to an asset", unit = "m", min = 0, max = 1.0e6,
                defaultValue = "5000") double sandFixationMaxDistanceToAssetsM,
        @Param(description = "Sand fixation: minimum fraction of the cell's sand that would reach assets", min = 0, max = 1,
                defaultValue = "0.05") double sandFixationMinReachFraction,
        @Param(description = "Sand sea farther than this from any asset is protected desert core (never treated)", unit = "m",
                min = 0, max = 1.0e6, defaultValue = "2000") double protectedCoreMinDistanceToAssetsM,
        @Param(description = "Saline shrubs: saline land within this distance of farmland, wetland or water", unit = "m",
                min = 0, max = 1.0e6, defaultValue = "1000") double salineMaxDistanceToFarmlandOrWetlandM,
        @Param(description = "Mountain barriers: minimum slope", unit = "deg", min = 0, max = 90,
                defaultValue = "5") double barrierMinSlopeDeg,
        @Param(description = "Mountain barriers: maximum angle between slope aspect and the (up/down)wind direction",
                unit = "deg", min = 0, max = 180, defaultValue = "60") double barrierAspectToleranceDeg,
        @Param(description = "Windward shrub barriers: maximum distance to a settlement", unit = "m", min = 0, max = 1.0e6,
                defaultValue = "3000") double windwardBarrierMaxDistanceToSettlementM,
        @Param(description = "Leeward straw checkerboards: minimum sand flux where sand arrives", unit = "m3/m/yr",
                min = 0, max = 1.0e6, defaultValue = "0.5") double leewardBarrierMinFluxM3PerMPerYr,
        @Param(description = "Leeward straw checkerboards: maximum distance to an asset", unit = "m", min = 0, max = 1.0e6,
                defaultValue = "10000") double leewardBarrierMaxDistanceToAssetsM,
        @Param(description = "De-channelization: channelized seasonal reaches within this distance of farmland", unit = "m",
                min = 0, max = 1.0e6, defaultValue = "500") double deChannelizationMaxDistanceToFarmlandM,
        @Param(description = "De-channelization: floodplain buffer around the reach", unit = "m", min = 0, max = 1.0e5,
                defaultValue = "200") double floodplainBufferM,
        @Param(description = "Action a cell gets when several candidate rules select it (first wins; every action once)",
                defaultValue = "[de-channelization, shrub-saline, mixed-planting, mountain-barrier, shrub-sand-fixation]")
                List<String> overlapPriority,
        @Param(description = "Recharge potential: a cell counts as next to farmland within this distance", unit = "m",
                min = 0, max = 1.0e5, defaultValue = "300") double rechargeFarmlandAdjacencyM,
        @Param(description = "Recharge potential: floodplain flatness = max(0, 1 - slope / this)", unit = "deg",
                min = 0.01, max = 90, defaultValue = "5") double rechargeFlatSlopeDeg) {

    /** The ranking criteria (ids of {@code plan.PatchCriteria.CRITERIA}), in AHP row order. */
    public static final List<String> CRITERIA = List.of("protective-value", "slope", "distance-to-water",
            "distance-to-roads", "recharge-potential", "cost-per-ha");

    /** The restoration actions (ids of {@code plan.RestorationAction}). */
    public static final List<String> ACTIONS = List.of("shrub-sand-fixation", "shrub-saline", "mountain-barrier",
            "mixed-planting", "de-channelization");

    public RankConfig {
        ahpMatrix = ahpMatrix.stream().map(List::copyOf).toList();
        weights = Map.copyOf(weights);
        costPerHa = Map.copyOf(costPerHa);
        overlapPriority = List.copyOf(overlapPriority);
        int n = CRITERIA.size();
        if (!ahpMatrix.isEmpty()) {
            if (ahpMatrix.size() != n || ahpMatrix.stream().anyMatch(r -> r.size() != n)) {
                throw new InvalidParameterException("ahpMatrix", "expected a " + n + " x " + n + " matrix (one row per criterion)",
                        "Give one row and one column per criterion, in the order " + String.join(", ", CRITERIA));
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double a = ahpMatrix.get(i).get(j), b = ahpMatrix.get(j).get(i);
                    if (Math.abs(a * b - 1) > 0.02) {
                        throw new InvalidParameterException("ahpMatrix", "not reciprocal at row " + (i + 1) + ", column "
                                + (j + 1) + " (" + ConfigYaml.number(a) + " x " + ConfigYaml.number(b) + " != 1)",
                                "Set a[j][i] = 1 / a[i][j] and 1 on the diagonal");
                    }
                }
            }
        }
        requireKeys("weights", weights.keySet(), CRITERIA);
        requireKeys("costPerHa", costPerHa.keySet(), ACTIONS);
        if (overlapPriority.size() != ACTIONS.size() || !new java.util.HashSet<>(overlapPriority).equals(new java.util.HashSet<>(ACTIONS))) {
            throw new InvalidParameterException("overlapPriority", "must list every action exactly once, got " + overlapPriority,
                    "List " + String.join(", ", ACTIONS) + " in the order of precedence");
        }
    }

    private static void requireKeys(String param, java.util.Set<String> given, List<String> expected) {
        for (String k : given) {
            if (!expected.contains(k)) {
                throw new InvalidParameterException(param, "unknown entry '" + k + "'", "Use the entries " + String.join(", ", expected));
            }
        }
        for (String k : expected) {
            if (!given.contains(k)) {
                throw new InvalidParameterException(param, "missing entry '" + k + "'", "Give a value for each of " + String.join(", ", expected));
            }
        }
    }
}
