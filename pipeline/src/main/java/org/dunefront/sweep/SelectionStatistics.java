package org.dunefront.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per-patch statistics over the runs of a sweep: selection frequency, mean and spread of rank,
 * modal phase and phase agreement. A patch missing from a run (its upstream layers changed) counts
 * as not selected in that run and does not enter the rank statistics.
 */
public final class SelectionStatistics {
    private SelectionStatistics() { }

    /** @param runs one map per run: patch id → outcome */
    public static List<PatchStability> of(List<Map<String, PatchOutcome>> runs) {
        TreeSet<String> ids = new TreeSet<>(PATCH_ORDER);
        for (Map<String, PatchOutcome> r : runs) ids.addAll(r.keySet());
        List<PatchStability> out = new ArrayList<>();
        int total = runs.size();
        for (String id : ids) {
            int present = 0, selected = 0;
            double sum = 0, sumSq = 0;
            Map<Integer, Integer> phaseCounts = new TreeMap<>();
            for (Map<String, PatchOutcome> r : runs) {
                PatchOutcome o = r.get(id);
                int phase = o == null ? 0 : o.phase();
                phaseCounts.merge(phase, 1, Integer::sum);
                if (o == null) continue;
                present++;
                if (o.selected()) selected++;
                sum += o.rank();
                sumSq += o.rank() * o.rank();
            }
            double mean = sum / present;
            double var = Math.max(0, sumSq / present - mean * mean);
            int modal = 0, modalCount = -1;
            for (Map.Entry<Integer, Integer> e : phaseCounts.entrySet()) {
                if (e.getValue() > modalCount) { modal = e.getKey(); modalCount = e.getValue(); }
            }
            out.add(new PatchStability(id, present, (double) selected / total, mean, Math.sqrt(var), modal,
                    (double) modalCount / total));
        }
        return out;
    }

    /** Kendall τ-b between two runs' ranks over the patches both contain (NaN if fewer than 2). */
    public static double tauAgainst(Map<String, PatchOutcome> baseline, Map<String, PatchOutcome> run) {
        List<String> common = baseline.keySet().stream().filter(run::containsKey).sorted(PATCH_ORDER).toList();
        double[] x = new double[common.size()], y = new double[common.size()];
        for (int i = 0; i < common.size(); i++) {
            x[i] = baseline.get(common.get(i)).rank();
            y[i] = run.get(common.get(i)).rank();
        }
        return KendallTau.tauB(x, y);
    }

    /** Patch ids sort numerically when they are numbers, else as text. */
    public static final Comparator<String> PATCH_ORDER = (a, b) -> {
        boolean na = a.matches("-?\\d{1,18}"), nb = b.matches("-?\\d{1,18}");
        if (na && nb) return Long.compare(Long.parseLong(a), Long.parseLong(b));
        if (na != nb) return na ? -1 : 1;
        return a.compareTo(b);
    };
}
