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
        private final InterventionEffects.ActionEffect[][] effectOfPatch; // per phase, per patch id
        private final Map<Phase, Interventions> out = new EnumMap<>(Phase.class);
        private int[] pending = new int[0];
        private int pendingRow0, pendingRows;
        private float[] sc = new float[0], sr = new float[0];
        private boolean[] st = new boolean[0];

        /**
         * @param phases the phases k whose layers (patches of phases 1..k) are wanted
         */
        Accumulator(List<ScheduledPatch> schedule, List<Phase> phases, InterventionEffects effects, BlockAggregator agg) {
            this.agg = agg;
            this.phases = List.copyOf(phases);
            int max = 0;
            for (ScheduledPatch s : schedule) max = Math.max(max, s.patch().id());
            effectOfPatch = new InterventionEffects.ActionEffect[this.phases.size()][];
            int mn = agg.modelWidth() * agg.modelHeight();
            for (int p = 0; p < this.phases.size(); p++) {
                Phase upTo = this.phases.get(p);
                // per patch id: its effect when scheduled in phases 1..upTo, else null (no action)
                InterventionEffects.ActionEffect[] e = new InterventionEffects.ActionEffect[max + 1];
                for (ScheduledPatch s : schedule) {
                    if (s.phase().isPresent() && s.phase().get().number() <= upTo.number()) {
                        RestorationAction a = s.patch().action();
                        if (a.code() > 0) e[s.patch().id()] = effects.of(a);
                    }
                }
                effectOfPatch[p] = e;
                out.put(upTo, new Interventions(new float[mn], new float[mn], new boolean[mn]));
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
            int n = full * w;
            if (sc.length < n) {
                sc = new float[n];
                sr = new float[n];
                st = new boolean[n];
            }
            for (int p = 0; p < phases.size(); p++) {
                Arrays.fill(sc, 0, n, 0f);
                Arrays.fill(sr, 0, n, 0f);
                Arrays.fill(st, 0, n, false);
                fill(pending, 0, n, effectOfPatch[p], sc, sr, st);
                Interventions iv = out.get(phases.get(p));
                // the strip arrays may be longer than the strip: the aggregator reads rows [0, full) only
                agg.mean(sc, pendingRow0, full, iv.coverFloorFraction());
                agg.mean(sr, pendingRow0, full, iv.roughnessFloorM());
                agg.majority(st, pendingRow0, full, iv.trapMask());
            }
            System.arraycopy(pending, n, pending, 0, (pendingRows - full) * w);
            pendingRow0 += full;
            pendingRows -= full;
        }

        /** The layers per phase; every study row must have been given. */
        Map<Phase, Interventions> finish() {
            if (pendingRow0 + pendingRows != agg.studyHeight() || pendingRows != 0) {
                throw new IllegalStateException("rows given: " + (pendingRow0 + pendingRows) + " of " + agg.studyHeight());
            }
            return out;
        }
    }

    /** Effects of cells {@code [from, from + n)} of the id raster into {@code [0, n)} of the outputs (no action: left as is). */
    private static void fill(int[] patchIds, int from, int n, InterventionEffects.ActionEffect[] effectOfPatch,
                             float[] cover, float[] rough, boolean[] trap) {
        int max = effectOfPatch.length - 1;
        for (int i = 0; i < n; i++) {
            int id = patchIds[from + i];
            if (id <= 0 || id > max) continue;
            InterventionEffects.ActionEffect e = effectOfPatch[id];
            if (e == null) continue;
            cover[i] = (float) e.coverFraction();
            rough[i] = (float) e.roughnessM();
            trap[i] = e.trapsSand();
        }
    }
}
