package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/** Distributions of float layers for the summaries (finite values only; Hyndman &amp; Fan type 7 percentiles). */
final class WindStatsMath {
    private WindStatsMath() { }

    static float[] finiteSorted(float[] a) {
        float[] v = new float[a.length];
        int k = 0;
        for (float x : a) if (Float.isFinite(x)) v[k++] = x;
        v = Arrays.copyOf(v, k);
        Arrays.sort(v);
        return v;
    }

    static double percentile(float[] a, double p) {
        return sortedPercentile(finiteSorted(a), p);
    }

    static double sortedPercentile(float[] v, double p) {
        if (v.length == 0) return Double.NaN;
        double pos = p * (v.length - 1);
        int lo = (int) Math.floor(pos), hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (pos - lo) * ((double) v[hi] - v[lo]);
    }

    /** {cells, min, p10, median, p90, max, mean}. */
    static ObjectNode distribution(float[] a) {
        float[] v = finiteSorted(a);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("cells", v.length);
        double sum = 0;
        for (float x : v) sum += x;
        Json.put(o, "min", v.length == 0 ? Double.NaN : v[0]);
        Json.put(o, "p10", sortedPercentile(v, 0.1));
        Json.put(o, "median", sortedPercentile(v, 0.5));
        Json.put(o, "p90", sortedPercentile(v, 0.9));
        Json.put(o, "max", v.length == 0 ? Double.NaN : v[v.length - 1]);
        Json.put(o, "mean", v.length == 0 ? Double.NaN : sum / v.length);
        return o;
    }

    /** Fraction of finite values above {@code threshold}. */
    static double fractionAbove(float[] a, double threshold) {
        int n = 0, above = 0;
        for (float x : a) {
            if (!Float.isFinite(x)) continue;
            n++;
            if (x > threshold) above++;
        }
        return n == 0 ? Double.NaN : (double) above / n;
    }
}
