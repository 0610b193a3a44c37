package org.dunefront.plan;

import org.dunefront.ranking.DistanceTransform;

/**
 * Candidate cells per restoration action, following the regional plan (science.md §9; issue 6 "Build 1").
 * All distances are exact Euclidean distances between cell centres ({@link DistanceTransform}).
 *
 * <ul>
 *   <li><b>Protected desert core</b> (never a candidate): {@link LandCoverFlag#SAND_SEA} cells farther than
 *       {@code protectedCoreMinDistanceToAssetsM} from any asset — the plan protects the natural desert and
 *       intervenes only where assets are threatened.</li>
 *   <li><b>shrub-sand-fixation</b>: {@link LandCoverFlag#ERODIBLE} or {@link LandCoverFlag#DEGRADED}, not
 *       farmland/settlement/water; |q| ≥ {@code sandFixationMinFluxM3PerMPerYr}; distance to assets ≤
 *       {@code sandFixationMaxDistanceToAssetsM}; and, when a routing reach is given, at least
 *       {@code sandFixationMinReachFraction} of the cell's sand would reach assets (flux towards assets).</li>
 *   <li><b>shrub-saline</b>: {@link LandCoverFlag#SALINE}, not settlement/water, within
 *       {@code salineMaxDistanceToFarmlandOrWetlandM} of farmland, wetland or water.</li>
 *   <li><b>mountain-barrier</b>: {@link LandCoverFlag#MOUNTAIN} with slope ≥ {@code barrierMinSlopeDeg}, and either
 *       windward — aspect within ±{@code barrierAspectToleranceDeg} of the direction the wind comes from
 *       (transport direction + 180°) and within {@code windwardBarrierMaxDistanceToSettlementM} of a settlement
 *       (shrub barriers) — or leeward — aspect within the tolerance of the transport direction, |q| ≥
 *       {@code leewardBarrierMinFluxM3PerMPerYr} and within {@code leewardBarrierMaxDistanceToAssetsM} of assets
 *       (straw checkerboards where sand accumulates). Transport direction = atan2(qE, qN).</li>
 *   <li><b>mixed-planting</b>: {@link LandCoverFlag#SHELTERBELT} or {@link LandCoverFlag#PLANTATION_FOREST}.</li>
 *   <li><b>de-channelization</b>: river cells flagged {@link RiverFlag#CHANNELIZED} and {@link RiverFlag#SEASONAL}
 *       within {@code deChannelizationMaxDistanceToFarmlandM} of farmland, plus the floodplain buffer: cells within
 *       {@code floodplainBufferM} of such a reach that are not settlement or open water.</li>
 * </ul>
 * Settlement cells are never candidates. A cell selected by several rules gets the first action of
 * {@code overlapPriority}.
 */
public final class CandidateRules {
    private CandidateRules() {}

    /**
     * @param in            aligned inputs
     * @param p             thresholds
     * @param reachFraction per-cell fraction of sand reaching assets from {@code DownwindRouting}
     *                      ({@code RoutingResult.reachFraction}); null to skip the "towards assets" test
     */
    public static CandidateResult evaluate(PlanInputs in, CandidateParameters p, double[] reachFraction) {
        int n = in.cellCount(), w = in.width(), h = in.height();
        if (reachFraction != null && reachFraction.length != n) throw new IllegalArgumentException("reachFraction size");
        double dx = in.cellWidthM(), dy = in.cellHeightM();
        LandCoverTraits[] traits = new LandCoverTraits[n];
        boolean[] asset = new boolean[n], settlement = new boolean[n], farmland = new boolean[n];
        boolean[] wetOrFarm = new boolean[n], water = new boolean[n];
        for (int i = 0; i < n; i++) {
            LandCoverTraits t = traits[i] = in.traitsAt(i);
            asset[i] = t.assetValue() > 0;
            settlement[i] = t.has(LandCoverFlag.SETTLEMENT);
            farmland[i] = t.has(LandCoverFlag.FARMLAND);
            boolean open = t.has(LandCoverFlag.WATER) || t.has(LandCoverFlag.WETLAND);
            wetOrFarm[i] = farmland[i] || open;
            water[i] = open || RiverFlag.RIVER.in(in.riverAt(i));
        }
        double[] dAsset = DistanceTransform.distanceM(asset, w, h, dx, dy);
        double[] dSettlement = DistanceTransform.distanceM(settlement, w, h, dx, dy);
        double[] dFarmland = DistanceTransform.distanceM(farmland, w, h, dx, dy);
        double[] dWetOrFarm = DistanceTransform.distanceM(wetOrFarm, w, h, dx, dy);
        double[] dWater = DistanceTransform.distanceM(water, w, h, dx, dy);

        byte[] bits = new byte[n];
        boolean[] reach = new boolean[n];
        for (int i = 0; i < n; i++) {
            LandCoverTraits t = traits[i];
            if (settlement[i]) continue;
            if (t.has(LandCoverFlag.SAND_SEA) && dAsset[i] > p.protectedCoreMinDistanceToAssetsM()) continue;
            boolean openWater = t.has(LandCoverFlag.WATER);
            double q = in.fluxMagnitudeAt(i);
            if (isSandFixation(t, farmland[i] || openWater, q, dAsset[i], reachFraction == null ? 1 : reachFraction[i], p)) {
                bits[i] |= bit(RestorationAction.SHRUB_SAND_FIXATION);
            }
            if (t.has(LandCoverFlag.SALINE) && !openWater && dWetOrFarm[i] <= p.salineMaxDistanceToFarmlandOrWetlandM()) {
                bits[i] |= bit(RestorationAction.SHRUB_SALINE);
            }
            if (isMountainBarrier(in, i, t, q, dSettlement[i], dAsset[i], p)) {
                bits[i] |= bit(RestorationAction.MOUNTAIN_BARRIER);
            }
            if (t.has(LandCoverFlag.SHELTERBELT) || t.has(LandCoverFlag.PLANTATION_FOREST)) {
                bits[i] |= bit(RestorationAction.MIXED_PLANTING);
            }
            int river = in.riverAt(i);
            reach[i] = RiverFlag.RIVER.in(river) && RiverFlag.CHANNELIZED.in(river) && RiverFlag.SEASONAL.in(river)
                    && dFarmland[i] <= p.deChannelizationMaxDistanceToFarmlandM();
        }
        addFloodplain(in, traits, settlement, reach, bits, p, w, h, dx, dy);
        int[] codes = resolveOverlaps(bits, p);
        return new CandidateResult(w, h, bits, codes, dAsset, dSettlement, dFarmland, dWater);
    }

    private static boolean isSandFixation(LandCoverTraits t, boolean excluded, double q, double dAsset, double reach,
                                          CandidateParameters p) {
        return (t.has(LandCoverFlag.ERODIBLE) || t.has(LandCoverFlag.DEGRADED)) && !excluded
                && q >= p.sandFixationMinFluxM3PerMPerYr() && q > 0
                && dAsset <= p.sandFixationMaxDistanceToAssetsM()
                && reach >= p.sandFixationMinReachFraction();
    }

    private static boolean isMountainBarrier(PlanInputs in, int i, LandCoverTraits t, double q, double dSettlement,
                                             double dAsset, CandidateParameters p) {
        if (!t.has(LandCoverFlag.MOUNTAIN) || t.has(LandCoverFlag.WATER)) return false;
        double slope = in.slopeDeg()[i], aspect = in.aspectDeg()[i];
        if (!(slope >= p.barrierMinSlopeDeg()) || Double.isNaN(aspect) || !(q > 0)) return false;
        double towards = Math.toDegrees(Math.atan2(in.fluxEastM3PerMPerYr()[i], in.fluxNorthM3PerMPerYr()[i]));
        boolean windward = angleBetweenDeg(aspect, towards + 180) <= p.barrierAspectToleranceDeg()
                && dSettlement <= p.windwardBarrierMaxDistanceToSettlementM();
        boolean leeward = angleBetweenDeg(aspect, towards) <= p.barrierAspectToleranceDeg()
                && q >= p.leewardBarrierMinFluxM3PerMPerYr() && dAsset <= p.leewardBarrierMaxDistanceToAssetsM();
        return windward || leeward;
    }

    /** Smallest angle between two compass directions, 0..180°. */
    static double angleBetweenDeg(double a, double b) {
        double d = Math.abs(((a - b) % 360 + 360) % 360);
        return d > 180 ? 360 - d : d;
    }

    private static void addFloodplain(PlanInputs in, LandCoverTraits[] traits, boolean[] settlement, boolean[] reach,
                                      byte[] bits, CandidateParameters p, int w, int h, double dx, double dy) {
        boolean any = false;
        for (boolean b : reach) any |= b;
        if (!any) return;
        double[] dReach = DistanceTransform.distanceM(reach, w, h, dx, dy);
        for (int i = 0; i < reach.length; i++) {
            boolean buffer = dReach[i] <= p.floodplainBufferM() && !settlement[i] && !traits[i].has(LandCoverFlag.WATER);
            if (reach[i] || buffer) bits[i] |= bit(RestorationAction.DE_CHANNELIZATION);
        }
    }

    private static int[] resolveOverlaps(byte[] bits, CandidateParameters p) {
        int[] codes = new int[bits.length];
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] == 0) continue;
            for (RestorationAction a : p.overlapPriority()) {
                if ((bits[i] & bit(a)) != 0) { codes[i] = a.code(); break; }
            }
        }
        return codes;
    }

    private static byte bit(RestorationAction a) {
        return (byte) (1 << (a.code() - 1));
    }
}
