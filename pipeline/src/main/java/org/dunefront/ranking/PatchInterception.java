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

    /** @return one entry per patch, in id order (element k is patch k + 1) */
    public static List<PatchProtection> compute(PatchLabels labels, RoutingResult routing) {
        if (labels.width() != routing.width() || labels.height() != routing.height()) {
            throw new IllegalArgumentException("labels and routing grids differ");
        }
        int n = labels.count();
        double[] sand = new double[n + 1], value = new double[n + 1];
        int[] lab = labels.labels();
        for (int i = 0; i < lab.length; i++) {
            int p = lab[i];
            if (p == 0) continue;
            double out = routing.outflowM3PerYr(i);
            if (out == 0) continue;
            for (int e = 0; e < 2; e++) {
                int k = routing.receiver(i, e);
                if (k < 0 || lab[k] == p) continue;
                double s = routing.share(i, e) * out;
                sand[p] += s * routing.arrivalAny(k);
                value[p] += s * routing.transmission(i, e) * routing.arrivalValue(k);
            }
        }
        List<PatchProtection> result = new ArrayList<>(n);
        for (int p = 1; p <= n; p++) result.add(new PatchProtection(p, sand[p], value[p]));
        return result;
    }
}
