package org.dunefront.plan;

import java.util.function.IntToDoubleFunction;
import org.dunefront.ranking.DistanceField;
import org.dunefront.ranking.DistanceStrips;
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
        if (reachFraction != null && reachFraction.length != in.cellCount()) {
            throw new IllegalArgumentException("reachFraction size");
        }
        return evaluateWithReach(in, p, reachFraction == null ? null : i -> reachFraction[i]);
    }

    /**
     * The same with the reach as a function of the cell index (e.g. {@code routing::reachFraction}),
     * so no per-cell copy is made. Memory: the candidate bits and action codes (1 byte each per cell)
     * and five {@link DistanceField}s (4 bytes each per cell); land-cover traits are looked up per class.
     * Cells are evaluated in parallel row blocks; the result does not depend on the thread count.
     */
    public static CandidateResult evaluateWithReach(PlanInputs in, CandidateParameters p, IntToDoubleFunction reachFraction) {
        int n = in.cellCount(), w = in.width(), h = in.height();
        double dx = in.cellWidthM(), dy = in.cellHeightM();
        in.loadRows(0, h);
        ClassTable t = new ClassTable(in.traitsByClass());
        DistanceField dAsset = DistanceTransform.field(i -> t.asset[in.classAt(i)], w, h, dx, dy);
        DistanceField dSettlement = DistanceTransform.field(i -> t.settlement[in.classAt(i)], w, h, dx, dy);
        DistanceField dFarmland = DistanceTransform.field(i -> t.farmland[in.classAt(i)], w, h, dx, dy);
        DistanceField dWater = DistanceTransform.field(
                i -> t.open[in.classAt(i)] || RiverFlag.RIVER.in(in.riverAt(i)), w, h, dx, dy);
        byte[] bits = new byte[n];
        {
            DistanceField dWetOrFarm = DistanceTransform.field(
                    i -> t.farmland[in.classAt(i)] || t.open[in.classAt(i)], w, h, dx, dy);
            IntToDoubleFunction a = dAsset::distanceM, s = dSettlement::distanceM, f = dFarmland::distanceM,
                    wf = dWetOrFarm::distanceM;
            forEachCell(n, i -> bits[i] = cellBits(in, i, t.flags[in.classAt(i)], p, reachFraction, a, s, f, wf));
        }
        addFloodplain(in, t, bits, p, w, h, dx, dy);
        byte[] codes = resolveOverlaps(bits, p);
        return new CandidateResult(w, h, bits, codes, dAsset, dSettlement, dFarmland, dWater);
    }

    /**
     * The resolved action code per cell (0 = none), exactly {@link CandidateResult#actionCodes()} of
     * {@link #evaluateWithReach}, computed with the distance layers streamed strip by strip
     * ({@link DistanceStrips}) instead of held for the whole grid: {@link #pendingBitsInStrips} followed by
     * {@link #resolveActionCodes}. Memory: the returned codes (1 byte per cell; candidate bits are resolved
     * into them in place) plus, while running, the border state and one strip of four distance layers; no
     * {@link DistanceField} is built.
     *
     * @param reachFraction per-cell reach from {@code DownwindRouting}; null to skip the "towards assets" test
     * @param stripRows     rows per strip (≥ 1; the result does not depend on it)
     */
    public static byte[] actionCodesInStrips(PlanInputs in, CandidateParameters p, IntToDoubleFunction reachFraction,
                                             int stripRows) {
        return resolveActionCodes(pendingBitsInStrips(in, p, stripRows), p, reachFraction);
    }

    /**
     * The candidate bits of every cell with the sand-fixation reach test left open (the routing's reach is
     * not needed yet, so the rules can run while the routing does): cells passing every other
     * sand-fixation test carry a "reach test pending" bit instead of the action bit. The floodplain buffer
     * is applied. Finish with {@link #resolveActionCodes}, which turns the array into the action codes in place.
     *
     * <p>The float layers of {@code in} are loaded strip by strip ({@link PlanInputs#loadRows}) from the
     * calling thread, slope and aspect only for strips with mountain cells (the only rule reading them); the
     * distances to settlements, farmland and wet-or-farm land only for strips with cells of the one rule
     * reading each (mountain, channelized seasonal river and saline cells); the
     * rules run in parallel row blocks. 1 byte per cell.
     *
     * @param stripRows rows per strip (≥ 1; the result does not depend on it)
     */
    public static byte[] pendingBitsInStrips(PlanInputs in, CandidateParameters p, int stripRows) {
        int n = in.cellCount(), w = in.width(), h = in.height();
        double dx = in.cellWidthM(), dy = in.cellHeightM();
        ClassTable t = new ClassTable(in.traitsByClass());
        byte[] bits = new byte[n];
        byte[] lc = in.landCover();
        DistanceStrips dAsset = DistanceStrips.ofClasses(lc, t.asset, w, h, dx, dy, stripRows);
        DistanceStrips dSettlement = DistanceStrips.ofClasses(lc, t.settlement, w, h, dx, dy, stripRows);
        DistanceStrips dFarmland = DistanceStrips.ofClasses(lc, t.farmland, w, h, dx, dy, stripRows);
        DistanceStrips dWetOrFarm = DistanceStrips.ofClasses(lc, t.wetOrFarm, w, h, dx, dy, stripRows);
        // bound once, not per cell: a method reference written inside the per-cell lambda allocates a new
        // bound handle for every cell (a quarter of the stage's CPU at 5000²)
        IntToDoubleFunction a = dAsset::distanceM, s = dSettlement::distanceM, f = dFarmland::distanceM,
                wf = dWetOrFarm::distanceM;
        int stripHeight = Math.min(stripRows, h), reachRiver = RiverFlag.valueOf(RiverFlag.RIVER, RiverFlag.CHANNELIZED,
                RiverFlag.SEASONAL);
        for (int r0 = 0; r0 < h; r0 += stripHeight) {
            int from = r0 * w, to = Math.min(h, r0 + stripHeight) * w;
            // each distance but the one to assets is read by one rule only, for cells of a few classes: the
            // strips without such cells skip it (and slope and aspect, read for mountain cells only, are not decoded)
            boolean mountains = anyClass(in, t.mountain, from, to);
            dAsset.next(true);
            dSettlement.next(mountains);
            dFarmland.next(anyRiver(in, reachRiver, from, to));
            dWetOrFarm.next(anyClass(in, t.saline, from, to));
            in.loadRows(r0, dAsset.rows(), mountains);
            forEachCell(from, to, i -> bits[i] = cellBits(in, i, t.flags[in.classAt(i)], p, PENDING_REACH, a, s, f, wf));
        }
        boolean any = false;
        for (byte b : bits) if ((b & REACH_BIT) != 0) { any = true; break; }
        if (any) {
            // the feature is read before its strip is updated (the border sweep reads all rows up front)
            DistanceStrips dReach = DistanceStrips.of(i -> (bits[i] & REACH_BIT) != 0, w, h, dx, dy, stripRows);
            while (dReach.next()) {
                forEachCell(dReach.row0() * w, (dReach.row0() + dReach.rows()) * w,
                        i -> bits[i] = floodplainBits(in, t, bits[i], dReach.distanceM(i), p, i));
            }
        }
        return bits;
    }

    /**
     * Turns the bits of {@link #pendingBitsInStrips} into the resolved action codes, in place: a cell with
     * the sand-fixation reach test pending becomes a sand-fixation candidate when
     * {@code reachFraction(i) ≥ sandFixationMinReachFraction} (reach 1 when {@code reachFraction} is null),
     * then overlaps go to the first action of the priority list.
     *
     * @param reachFraction asked for the pending cells only, in row-major order, from the calling thread
     * @return {@code bits}, now holding action codes
     */
    public static byte[] resolveActionCodes(byte[] bits, CandidateParameters p, IntToDoubleFunction reachFraction) {
        byte sand = bit(RestorationAction.SHRUB_SAND_FIXATION);
        for (int i = 0; i < bits.length; i++) {
            if ((bits[i] & PENDING_BIT) == 0) continue;
            double reach = reachFraction == null ? 1 : reachFraction.applyAsDouble(i);
            bits[i] = (byte) ((bits[i] & ~PENDING_BIT) | (reach >= p.sandFixationMinReachFraction() ? sand : 0));
        }
        byte[] codeOfBits = codeOfBits(p);
        forEachCell(bits.length, i -> bits[i] = codeOfBits[bits[i] & 0xFF]);
        return bits;
    }

    /** The reach argument of {@link #cellBits} that sets {@link #PENDING_BIT} instead of testing the reach. */
    private static final IntToDoubleFunction PENDING_REACH = i -> Double.NaN;

    /** Flag of a cell whose sand-fixation reach test is pending (above the action and reach bits; cleared when resolved). */
    private static final int PENDING_BIT = 0x80;

    /** Flag of a de-channelization reach cell in the candidate bits (above the five action bits; cleared at the end). */
    private static final int REACH_BIT = 0x40;

    private static byte cellBits(PlanInputs in, int i, int flags, CandidateParameters p,
                                 IntToDoubleFunction reachFraction, IntToDoubleFunction dAsset,
                                 IntToDoubleFunction dSettlement, IntToDoubleFunction dFarmland,
                                 IntToDoubleFunction dWetOrFarm) {
        int bits = 0;
        if (has(flags, LandCoverFlag.SETTLEMENT)) return 0;
        double dA = dAsset.applyAsDouble(i);
        if (has(flags, LandCoverFlag.SAND_SEA) && dA > p.protectedCoreMinDistanceToAssetsM()) return 0;
        boolean openWater = has(flags, LandCoverFlag.WATER);
        boolean farmland = has(flags, LandCoverFlag.FARMLAND);
        double q = in.fluxMagnitudeAt(i);
        if (has(flags, LandCoverFlag.ERODIBLE) || has(flags, LandCoverFlag.DEGRADED)) {
            if (reachFraction == PENDING_REACH) {
                if (isSandFixation(flags, farmland || openWater, q, dA, p.sandFixationMinReachFraction(), p)) {
                    bits |= PENDING_BIT;
                }
            } else if (isSandFixation(flags, farmland || openWater, q, dA,
                    reachFraction == null ? 1 : reachFraction.applyAsDouble(i), p)) {
                bits |= bit(RestorationAction.SHRUB_SAND_FIXATION);
            }
        }
        if (has(flags, LandCoverFlag.SALINE) && !openWater
                && dWetOrFarm.applyAsDouble(i) <= p.salineMaxDistanceToFarmlandOrWetlandM()) {
            bits |= bit(RestorationAction.SHRUB_SALINE);
        }
        if (has(flags, LandCoverFlag.MOUNTAIN) && isMountainBarrier(in, i, flags, q, dSettlement.applyAsDouble(i), dA, p)) {
            bits |= bit(RestorationAction.MOUNTAIN_BARRIER);
        }
        if (has(flags, LandCoverFlag.SHELTERBELT) || has(flags, LandCoverFlag.PLANTATION_FOREST)) {
            bits |= bit(RestorationAction.MIXED_PLANTING);
        }
        int river = in.riverAt(i);
        if (RiverFlag.RIVER.in(river) && RiverFlag.CHANNELIZED.in(river) && RiverFlag.SEASONAL.in(river)
                && dFarmland.applyAsDouble(i) <= p.deChannelizationMaxDistanceToFarmlandM()) {
            bits |= REACH_BIT;
        }
        return (byte) bits;
    }

    /** True when {@code flags} (a {@link ClassTable#flags} mask) holds {@code f}. */
    private static boolean has(int flags, LandCoverFlag f) {
        return (flags & (1 << f.ordinal())) != 0;
    }

    /** True when a cell of {@code from .. to - 1} has a land-cover class marked in {@code classes}. */
    static boolean anyClass(PlanInputs in, boolean[] classes, int from, int to) {
        byte[] lc = in.landCover();
        for (int i = from; i < to; i++) if (classes[lc[i] & 0xFF]) return true;
        return false;
    }

    /** True when a cell of {@code from .. to - 1} has all the river flags {@code flags}. */
    private static boolean anyRiver(PlanInputs in, int flags, int from, int to) {
        byte[] rivers = in.riverFlags();
        if (rivers == null) return false;
        for (int i = from; i < to; i++) if ((rivers[i] & flags) == flags) return true;
        return false;
    }

    /** Runs {@code body} for every cell in parallel blocks of 64 Ki cells (each cell is written by one thread only). */
    static void forEachCell(int n, java.util.function.IntConsumer body) {
        forEachCell(0, n, body);
    }

    /** {@link #forEachCell(int, java.util.function.IntConsumer)} over cells {@code from .. to - 1}. */
    static void forEachCell(int from, int to, java.util.function.IntConsumer body) {
        java.util.stream.IntStream.range(0, (to - from + 65535) >> 16).parallel().forEach(b -> {
            int start = from + (b << 16), end = Math.min(to, start + 65536);
            for (int i = start; i < end; i++) body.accept(i);
        });
    }

    /** Per-class flags of the rules, indexed by land-cover code 0..255. */
    static final class ClassTable {
        final LandCoverTraits[] traits;
        /** Bit {@code 1 << flag.ordinal()} set for every {@link LandCoverFlag} of the class (a bit test per rule, not a set lookup). */
        final int[] flags = new int[256];
        final boolean[] asset = new boolean[256], settlement = new boolean[256], farmland = new boolean[256];
        final boolean[] open = new boolean[256], water = new boolean[256], road = new boolean[256];
        final boolean[] mountain = new boolean[256], wetOrFarm = new boolean[256], saline = new boolean[256];

        ClassTable(LandCoverTraits[] traits) {
            if (LandCoverFlag.values().length > 31) throw new IllegalStateException("flag masks hold 31 flags");
            this.traits = traits;
            for (int c = 0; c < 256; c++) {
                LandCoverTraits t = traits[c];
                for (LandCoverFlag f : LandCoverFlag.values()) if (t.has(f)) flags[c] |= 1 << f.ordinal();
                asset[c] = t.assetValue() > 0;
                settlement[c] = t.has(LandCoverFlag.SETTLEMENT);
                farmland[c] = t.has(LandCoverFlag.FARMLAND);
                open[c] = t.has(LandCoverFlag.WATER) || t.has(LandCoverFlag.WETLAND);
                water[c] = t.has(LandCoverFlag.WATER);
                road[c] = t.has(LandCoverFlag.ROAD);
                mountain[c] = t.has(LandCoverFlag.MOUNTAIN);
                saline[c] = t.has(LandCoverFlag.SALINE);
                wetOrFarm[c] = farmland[c] || open[c];
            }
        }
    }

    private static boolean isSandFixation(int flags, boolean excluded, double q, double dAsset, double reach,
                                          CandidateParameters p) {
        return (has(flags, LandCoverFlag.ERODIBLE) || has(flags, LandCoverFlag.DEGRADED)) && !excluded
                && q >= p.sandFixationMinFluxM3PerMPerYr() && q > 0
                && dAsset <= p.sandFixationMaxDistanceToAssetsM()
                && reach >= p.sandFixationMinReachFraction();
    }

    private static boolean isMountainBarrier(PlanInputs in, int i, int flags, double q, double dSettlement,
                                             double dAsset, CandidateParameters p) {
        if (!has(flags, LandCoverFlag.MOUNTAIN) || has(flags, LandCoverFlag.WATER)) return false;
        double slope = in.slopeDeg().at(i), aspect = in.aspectDeg().at(i);
        if (!(slope >= p.barrierMinSlopeDeg()) || Double.isNaN(aspect) || !(q > 0)) return false;
        double towards = Math.toDegrees(Math.atan2(in.fluxEastM3PerMPerYr().at(i), in.fluxNorthM3PerMPerYr().at(i)));
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

    private static void addFloodplain(PlanInputs in, ClassTable t, byte[] bits, CandidateParameters p,
                                      int w, int h, double dx, double dy) {
        boolean any = false;
        for (byte b : bits) if ((b & REACH_BIT) != 0) { any = true; break; }
        if (!any) return;
        DistanceField dReach = DistanceTransform.field(i -> (bits[i] & REACH_BIT) != 0, w, h, dx, dy);
        forEachCell(bits.length, i -> bits[i] = floodplainBits(in, t, bits[i], dReach.distanceM(i), p, i));
    }

    /** Candidate bits of cell i after the floodplain rule (reach flag cleared). */
    private static byte floodplainBits(PlanInputs in, ClassTable t, byte bitsI, double dReachM, CandidateParameters p,
                                       int i) {
        int c = in.classAt(i);
        boolean reach = (bitsI & REACH_BIT) != 0;
        boolean buffer = dReachM <= p.floodplainBufferM() && !t.settlement[c] && !t.water[c];
        int b = bitsI & ~REACH_BIT;
        if (reach || buffer) b |= bit(RestorationAction.DE_CHANNELIZATION);
        return (byte) b;
    }

    /** The resolved action code per cell (first action of the overlap priority among its candidates). */
    private static byte[] resolveOverlaps(byte[] bits, CandidateParameters p) {
        byte[] codeOfBits = codeOfBits(p);
        byte[] codes = new byte[bits.length];
        forEachCell(bits.length, i -> codes[i] = codeOfBits[bits[i] & 0xFF]);
        return codes;
    }

    /** Action code of every candidate-bit combination (index = bits): the first action of the overlap priority. */
    private static byte[] codeOfBits(CandidateParameters p) {
        byte[] codeOfBits = new byte[256];
        for (int b = 1; b < 256; b++) {
            for (RestorationAction a : p.overlapPriority()) {
                if ((b & bit(a)) != 0) { codeOfBits[b] = (byte) a.code(); break; }
            }
        }
        return codeOfBits;
    }

    private static byte bit(RestorationAction a) {
        return (byte) (1 << (a.code() - 1));
    }
}
