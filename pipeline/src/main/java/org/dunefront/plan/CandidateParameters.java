package org.dunefront.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Thresholds of the candidate rules ({@link CandidateRules}); defaults follow the regional plan
 * (science.md §9) and are meant to be tuned in the configuration. Distances are between cell centres.
 *
 * @param sandFixationMinFluxM3PerMPerYr       shrub-sand-fixation: minimum annual sand flux magnitude |q| (m³ m⁻¹ yr⁻¹)
 * @param sandFixationMaxDistanceToAssetsM     shrub-sand-fixation: maximum distance to an asset (m)
 * @param sandFixationMinReachFraction         shrub-sand-fixation: minimum fraction of the cell's sand that would reach
 *                                             assets ("flux towards assets"; used when routing is available), 0..1
 * @param protectedCoreMinDistanceToAssetsM    sand-sea cells farther than this from any asset are the protected
 *                                             desert core: never a candidate for any action (m)
 * @param salineMaxDistanceToFarmlandOrWetlandM shrub-saline: saline land within this distance of farmland, wetland or water (m)
 * @param barrierMinSlopeDeg                   mountain-barrier: minimum slope of a mountain cell (degrees)
 * @param barrierAspectToleranceDeg            mountain-barrier: maximum angle between the slope aspect and the upwind
 *                                             (windward) or downwind (leeward) transport direction (degrees, 0..180)
 * @param windwardBarrierMaxDistanceToSettlementM mountain-barrier (windward shrub barrier): maximum distance to a settlement (m)
 * @param leewardBarrierMinFluxM3PerMPerYr     mountain-barrier (leeward straw checkerboards): minimum |q| where sand
 *                                             arrives (m³ m⁻¹ yr⁻¹)
 * @param leewardBarrierMaxDistanceToAssetsM   mountain-barrier (leeward): maximum distance to an asset (m)
 * @param deChannelizationMaxDistanceToFarmlandM de-channelization: channelized seasonal reach cells within this distance
 *                                             of farmland ("through farmland") (m)
 * @param floodplainBufferM                    de-channelization: floodplain buffer around the qualifying reach (m)
 * @param overlapPriority                      which action a cell gets when several rules select it (first wins);
 *                                             must list every action once
 */
public record CandidateParameters(
        double sandFixationMinFluxM3PerMPerYr,
        double sandFixationMaxDistanceToAssetsM,
        double sandFixationMinReachFraction,
        double protectedCoreMinDistanceToAssetsM,
        double salineMaxDistanceToFarmlandOrWetlandM,
        double barrierMinSlopeDeg,
        double barrierAspectToleranceDeg,
        double windwardBarrierMaxDistanceToSettlementM,
        double leewardBarrierMinFluxM3PerMPerYr,
        double leewardBarrierMaxDistanceToAssetsM,
        double deChannelizationMaxDistanceToFarmlandM,
        double floodplainBufferM,
        List<RestorationAction> overlapPriority) {

    public CandidateParameters {
        nonNegative("sandFixationMinFluxM3PerMPerYr", sandFixationMinFluxM3PerMPerYr);
        nonNegative("sandFixationMaxDistanceToAssetsM", sandFixationMaxDistanceToAssetsM);
        if (!(sandFixationMinReachFraction >= 0 && sandFixationMinReachFraction <= 1)) {
            throw new IllegalArgumentException("sandFixationMinReachFraction must be in [0, 1]");
        }
        nonNegative("protectedCoreMinDistanceToAssetsM", protectedCoreMinDistanceToAssetsM);
        nonNegative("salineMaxDistanceToFarmlandOrWetlandM", salineMaxDistanceToFarmlandOrWetlandM);
        nonNegative("barrierMinSlopeDeg", barrierMinSlopeDeg);
        if (!(barrierAspectToleranceDeg >= 0 && barrierAspectToleranceDeg <= 180)) {
            throw new IllegalArgumentException("barrierAspectToleranceDeg must be in [0, 180]");
        }
        nonNegative("windwardBarrierMaxDistanceToSettlementM", windwardBarrierMaxDistanceToSettlementM);
        nonNegative("leewardBarrierMinFluxM3PerMPerYr", leewardBarrierMinFluxM3PerMPerYr);
        nonNegative("leewardBarrierMaxDistanceToAssetsM", leewardBarrierMaxDistanceToAssetsM);
        nonNegative("deChannelizationMaxDistanceToFarmlandM", deChannelizationMaxDistanceToFarmlandM);
        nonNegative("floodplainBufferM", floodplainBufferM);
        Objects.requireNonNull(overlapPriority, "overlapPriority");
        overlapPriority = List.copyOf(overlapPriority);
        if (overlapPriority.size() != RestorationAction.values().length
                || !EnumSet.copyOf(overlapPriority).equals(EnumSet.allOf(RestorationAction.class))) {
            throw new IllegalArgumentException("overlapPriority must list every action exactly once: " + overlapPriority);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) throw new IllegalArgumentException(name + " must be finite and ≥ 0, got " + v);
    }

    /**
     * Defaults: sand fixation where |q| ≥ 1 m³/m/yr within 5 km of assets and ≥ 5 % of the sand heads for
     * assets; desert core = sand sea more than 2 km from assets; saline land within 1 km of farmland,
     * wetland or water; mountain barriers on slopes ≥ 5° facing within ±60° of the wind, windward within
     * 3 km of settlements, leeward where |q| ≥ 0.5 m³/m/yr within 10 km of assets; de-channelization of
     * channelized seasonal reaches within 500 m of farmland plus a 200 m floodplain buffer; overlaps
     * resolved de-channelization &gt; saline &gt; mixed planting &gt; mountain barrier &gt; sand fixation
     * (the most specific action wins).
     */
    public static CandidateParameters defaults() {
        return new CandidateParameters(1.0, 5000, 0.05, 2000, 1000, 5, 60, 3000, 0.5, 10_000, 500, 200,
                List.of(RestorationAction.DE_CHANNELIZATION, RestorationAction.SHRUB_SALINE,
                        RestorationAction.MIXED_PLANTING, RestorationAction.MOUNTAIN_BARRIER,
                        RestorationAction.SHRUB_SAND_FIXATION));
    }
}
