package org.dunefront.workflow.stages;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dunefront.plan.InterventionEffects;
import org.dunefront.plan.Phase;
import org.dunefront.plan.RestorationAction;
import org.dunefront.plan.ScheduledPatch;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.Interventions;

/**
 * The interventions of the patches scheduled in phases 1..k, on the transport's model grid, built straight from
 * the patch-id raster: per cell, the action of its patch gives the cover floor, roughness floor and trap flag of
 * {@link InterventionEffects} (0, 0, false without an action), as {@link InterventionEffects#layers} gives them.
 * On a coarser model grid ({@link BlockAggregator} factor k &gt; 1) the floors are block means and a block traps when
 * more than half of its cells do, aggregated strip by strip of study rows: only the model-grid layers and one strip
 * are held, never whole study-grid layers (per phase, the whole-grid way held 13 bytes per study cell). Block sums
 * run in the same row-major order within each block, so the layers are bit-identical to aggregating whole-grid
 * layers. On the study grid itself (k = 1) the layers are whole-grid, without the intermediate action-code array.
 *
 * <p>{@link Accumulator} builds the layers of several phases in one streamed pass over the id raster (the plan's
 * {@link PatchIdStrips}), from strips of any height: rows that do not yet complete a block row are carried to the
 * next strip, so every block is summed in one call, in the same order, whatever the strip height.
 */
final class PhaseInterventions {
    /** Study rows per strip of {@link #onModelGrid} (rounded up to a multiple of the block factor). */
    static final int STRIP_ROWS = 256;

    private PhaseInterventions() { }

    /**
     * The interventions of phases 1..{@code upTo} from a whole id array (fed to an {@link Accumulator} in strips of
     * {@link #STRIP_ROWS} rows).
     *
     * @param patchIds per-cell patch id on the study grid (0 = none), row-major
     * @param upTo     the last phase whose patches are implemented
     */
    static Interventions onModelGrid(int[] patchIds, List<ScheduledPatch> schedule, Phase upTo, InterventionEffects effects,
                                     BlockAggregator agg) {
        int w = agg.studyWidth(), h = agg.studyHeight();
        if (patchIds.length != (long) w * h) throw new IllegalArgumentException("patch ids: " + patchIds.length + " cells, grid "
                + w + " x " + h);
        Accumulator acc = new Accumulator(schedule, List.of(upTo), effects, agg);
        int strip = agg.stripRows(STRIP_ROWS);
        int[] part = new int[strip * w];
        for (int row0 = 0; row0 < h; row0 += strip) {
            int rows = agg.rowsOf(row0, strip);
            System.arraycopy(patchIds, row0 * w, part, 0, rows * w);
            acc.accept(row0, rows, part);
        }
        return acc.finish().get(upTo);
    }

    /**
     * Model-grid interventions of several phases, built from the id raster's strips in row order ({@link #accept}:
     * any heights, e.g. whole GeoTIFF block rows); {@link #finish} once every row has been given. Holds the model-grid
     * layers of each phase (9 bytes per model cell and phase) plus a strip and the carried rows. Not thread-safe.
     */
    static final class Accumulator {
        private final BlockAggregator agg;
        private final List<Phase> phases;
        private final int[] upTo;             // per wanted phase: its number
        private final byte[] phaseOfPatch;    // per patch id: number of its phase when it has an effect, else 0
        private final float[] coverOfPatch, roughOfPatch;
        private final boolean[] trapOfPatch;
        private final float[][] cover, rough; // per wanted phase: model-grid layers
        private final boolean[][] trap;
        private final Map<Phase, Interventions> out = new EnumMap<>(Phase.class);
        private int[] pending = new int[0];
        private int pendingRow0, pendingRows;

        /**
         * @param phases the phases k whose layers (patches of phases 1..k) are wanted
         */
        Accumulator(List<ScheduledPatch> schedule, List<Phase> phases, InterventionEffects effects, BlockAggregator agg) {
            this.agg = agg;
            this.phases = List.copyOf(phases);
            int max = 0;
            for (ScheduledPatch s : schedule) max = Math.max(max, s.patch().id());
            phaseOfPatch = new byte[max + 1];
            coverOfPatch = new float[max + 1];
            roughOfPatch = new float[max + 1];
            trapOfPatch = new boolean[max + 1];
            for (ScheduledPatch s : schedule) {
                RestorationAction a = s.patch().action();
                if (s.phase().isEmpty() || a.code() <= 0) continue;
                InterventionEffects.ActionEffect e = effects.of(a);
                int id = s.patch().id();
                phaseOfPatch[id] = (byte) s.phase().get().number();
                coverOfPatch[id] = (float) e.coverFraction();
                roughOfPatch[id] = (float) e.roughnessM();
                trapOfPatch[id] = e.trapsSand();
            }
            int n = this.phases.size(), mn = agg.modelWidth() * agg.modelHeight();
            upTo = new int[n];
            cover = new float[n][];
            rough = new float[n][];
            trap = new boolean[n][];
            for (int p = 0; p < n; p++) {
                upTo[p] = this.phases.get(p).number();
                cover[p] = new float[mn];
                rough[p] = new float[mn];
                trap[p] = new boolean[mn];
                out.put(this.phases.get(p), new Interventions(cover[p], rough[p], trap[p]));
            }
        }

        /** The next strip of study rows {@code row0 .. row0 + rows - 1} (row-major ids, 0 = none). */
        void accept(int row0, int rows, int[] ids) {
            int w = agg.studyWidth();
            if (row0 != pendingRow0 + pendingRows) {
                throw new IllegalArgumentException("strips must come in row order: got row " + row0 + ", expected "
                        + (pendingRow0 + pendingRows));
            }
            long need = (long) (pendingRows + rows) * w;
            if (pending.length < need) pending = Arrays.copyOf(pending, (int) need);
            System.arraycopy(ids, 0, pending, pendingRows * w, rows * w);
            pendingRows += rows;
            boolean last = pendingRow0 + pendingRows >= agg.studyHeight();
            int full = last ? pendingRows : pendingRows / agg.factor() * agg.factor();
            if (full == 0) return;
            aggregate(full);
            System.arraycopy(pending, full * w, pending, 0, (pendingRows - full) * w);
            pendingRow0 += full;
            pendingRows -= full;
        }

        /**
         * Block means and majorities of the first {@code rows} pending rows (whole block rows), every phase in one pass
         * over the ids. Per block and phase the sums add the same float values in the same row-major order as
         * {@link BlockAggregator#mean} of the per-cell layers (0 for cells without an effect: adding +0.0 to a sum that
         * starts at +0.0 leaves it unchanged bit for bit), over all cells of the block (the values are finite), so
         * the layers are those of {@link InterventionEffects#layers} aggregated by the {@link BlockAggregator}.
         */
        private void aggregate(int rows) {
            int w = agg.studyWidth(), k = agg.factor(), mw = agg.modelWidth(), np = upTo.length, max = phaseOfPatch.length - 1;
            double[] sc = new double[np], sr = new double[np];
            int[] yes = new int[np];
            for (int mr = pendingRow0 / k; mr * k < pendingRow0 + rows; mr++) {
                int r0 = mr * k - pendingRow0, r1 = Math.min(r0 + k, rows);
                for (int mc = 0; mc < mw; mc++) {
                    int c0 = mc * k, c1 = Math.min(c0 + k, w);
                    Arrays.fill(sc, 0.0);
                    Arrays.fill(sr, 0.0);
                    Arrays.fill(yes, 0);
                    for (int r = r0; r < r1; r++) {
                        for (int c = c0; c < c1; c++) {
                            int id = pending[r * w + c];
                            if (id <= 0 || id > max) continue;
                            int ph = phaseOfPatch[id];
                            if (ph == 0) continue;
                            for (int p = 0; p < np; p++) {
                                if (ph > upTo[p]) continue;
                                sc[p] += coverOfPatch[id];
                                sr[p] += roughOfPatch[id];
                                if (trapOfPatch[id]) yes[p]++;
                            }
                        }
                    }
                    int n = (r1 - r0) * (c1 - c0), m = mr * mw + mc;
                    for (int p = 0; p < np; p++) {
                        cover[p][m] = (float) (sc[p] / n);
                        rough[p][m] = (float) (sr[p] / n);
                        trap[p][m] = 2 * yes[p] > n;
                    }
                }
            }
        }

        /** The layers per phase; every study row must have been given. */
        Map<Phase, Interventions> finish() {
            if (pendingRow0 + pendingRows != agg.studyHeight() || pendingRows != 0) {
                throw new IllegalStateException("rows given: " + (pendingRow0 + pendingRows) + " of " + agg.studyHeight());
            }
            return out;
        }
    }
}
