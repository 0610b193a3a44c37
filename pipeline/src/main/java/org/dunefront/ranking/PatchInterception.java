package org.dunefront.ranking;

import java.util.ArrayList;
import java.util.List;
import org.dunefront.patch.PatchLabels;

/**
 * Protective value of whole patches from a {@link RoutingResult}, without double counting along flow
 * paths inside a patch: only sand crossing the patch boundary outwards is counted,
 * P = Σ_{i∈patch} Σ_{k∉patch} s(i,k)·O(i)·A(k). By mass conservation this equals the sand entering the
 * patch plus the sand generated (eroded) inside minus what already deposits inside — i.e. exactly the
 * sand the patch stops that would have continued towards assets. For a one-cell patch it equals
 * {@link RoutingResult#interceptedM3PerYr(int)}. (Sand that leaves a concave patch and re-enters it
 * downstream is counted at both exits: a small overestimate for strongly concave patches.)
 */
public final class PatchInterception {
    private PatchInterception() {}

    /**
     * The routing reduced to what {@link #compute} reads for patches labelled from the class codes
     * {@code classAt} (class &gt; 0 = candidate; patches are connected cells of one class): the reach of
     * every non-asset receiver of a classed cell, except a 4-neighbour of the same class (always in the
     * same patch, so never read). Candidate borders are usually a small share of the grid, so this lets
     * the two whole-grid reach arrays (16 bytes per cell) go before the patches are labelled; when more
     * than 1/16 of the cells would be kept (over 1 byte per cell), {@code routing} is returned unchanged. {@link #compute}
     * gives bit-for-bit the same result with either routing.
     */
    public static RoutingResult retainArrivals(RoutingResult routing, java.util.function.IntUnaryOperator classAt) {
        return retainArrivals(routing, classAt, 1.0 / 16);
    }

    /** {@link #retainArrivals} keeping at most {@code maxKeptFraction} of the cells (else the routing unchanged). */
    static RoutingResult retainArrivals(RoutingResult routing, java.util.function.IntUnaryOperator classAt,
                                        double maxKeptFraction) {
        int w = routing.width(), n = w * routing.height();
        long[] marks = new long[(n + 63) >>> 6];
        int count = 0;
        RoutingResult.Edges e = new RoutingResult.Edges();
        for (int i = 0; i < n; i++) {
            int c = classAt.applyAsInt(i);
            if (c <= 0) continue;
            routing.edgesOf(i, e);
            for (int k = 0; k < e.count; k++) {
                int j = e.receiver[k];
                boolean fourNeighbour = ((j == i - 1 || j == i + 1) && j / w == i / w) || j == i - w || j == i + w;
                if ((fourNeighbour && classAt.applyAsInt(j) == c) || routing.isAsset(j)) continue;
                long bit = 1L << (j & 63);
                if ((marks[j >>> 6] & bit) == 0) { marks[j >>> 6] |= bit; count++; }
            }
        }
        if (count > maxKeptFraction * n) return routing;
        return routing.retainingReachAt(j -> (marks[j >>> 6] & (1L << (j & 63))) != 0);
    }

    /** @return one entry per patch, in id order (element k is patch k + 1) */
    public static List<PatchProtection> compute(PatchLabels labels, RoutingResult routing) {
        if (labels.width() != routing.width() || labels.height() != routing.height()) {
            throw new IllegalArgumentException("labels and routing grids differ");
        }
        int n = labels.count();
        double[] sand = new double[n + 1], value = new double[n + 1];
        int[] lab = labels.labelsView();
        RoutingResult.Edges e = new RoutingResult.Edges();
        for (int i = 0; i < lab.length; i++) {
            int p = lab[i];
            if (p == 0) continue;
            routing.edgesOf(i, e);
            double out = e.outflow;
            if (out == 0) continue;
            for (int k = 0; k < e.count; k++) {
                int j = e.receiver[k];
                if (lab[j] == p) continue;
                double s = e.share[k] * out;
                sand[p] += s * routing.arrivalAny(j);
                value[p] += s * e.transmission[k] * routing.arrivalValue(j);
            }
        }
        List<PatchProtection> result = new ArrayList<>(n);
        for (int p = 1; p <= n; p++) result.add(new PatchProtection(p, sand[p], value[p]));
        return result;
    }
}
