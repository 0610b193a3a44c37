package org.dunefront.workflow.stages;

import java.util.List;
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
 */
final class PhaseInterventions {
    /** Study rows per strip (rounded up to a multiple of the block factor). */
    static final int STRIP_ROWS = 256;

    private PhaseInterventions() { }

    /**
     * @param patchIds per-cell patch id on the study grid (0 = none), row-major
     * @param upTo     the last phase whose patches are implemented
     */
    static Interventions onModelGrid(int[] patchIds, List<ScheduledPatch> schedule, Phase upTo, InterventionEffects effects,
                                     BlockAggregator agg) {
        int max = 0;
        for (ScheduledPatch s : schedule) max = Math.max(max, s.patch().id());
        // per patch id: its effect when scheduled in phases 1..upTo, else null (no action)
        InterventionEffects.ActionEffect[] effectOfPatch = new InterventionEffects.ActionEffect[max + 1];
        for (ScheduledPatch s : schedule) {
            if (s.phase().isPresent() && s.phase().get().number() <= upTo.number()) {
                RestorationAction a = s.patch().action();
                if (a.code() > 0) effectOfPatch[s.patch().id()] = effects.of(a);
            }
        }
        int w = agg.studyWidth(), h = agg.studyHeight();
        if (patchIds.length != (long) w * h) throw new IllegalArgumentException("patch ids: " + patchIds.length + " cells, grid "
                + w + " x " + h);
        if (agg.factor() == 1) {
            float[] cover = new float[patchIds.length], rough = new float[patchIds.length];
            boolean[] trap = new boolean[patchIds.length];
            fill(patchIds, 0, patchIds.length, effectOfPatch, cover, rough, trap);
            return new Interventions(cover, rough, trap);
        }
        int mn = agg.modelWidth() * agg.modelHeight(), strip = agg.stripRows(STRIP_ROWS);
        float[] cover = new float[mn], rough = new float[mn];
        boolean[] trap = new boolean[mn];
        float[] sc = new float[strip * w], sr = new float[strip * w];
        boolean[] st = new boolean[strip * w];
        for (int row0 = 0; row0 < h; row0 += strip) {
            int rows = agg.rowsOf(row0, strip), n = rows * w;
            java.util.Arrays.fill(sc, 0, n, 0f);
            java.util.Arrays.fill(sr, 0, n, 0f);
            java.util.Arrays.fill(st, 0, n, false);
            fill(patchIds, row0 * w, n, effectOfPatch, sc, sr, st);
            // the strip arrays may be longer than the strip: the aggregator reads rows [0, rows) only
            agg.mean(sc, row0, rows, cover);
            agg.mean(sr, row0, rows, rough);
            agg.majority(st, row0, rows, trap);
        }
        return new Interventions(cover, rough, trap);
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
