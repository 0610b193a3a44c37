package org.dunefront.workflow.stages;

import java.util.Arrays;

/**
 * Exact order statistics, count and sum of the finite float values of a grid streamed in any order,
 * without holding the values: the sort key of a float (its bits, sign-folded so that unsigned key
 * order is numeric order, −0 before +0 as in {@link Arrays#sort(float[])}) is split in a high and a low
 * 16-bit half. The first pass counts the high halves (65 536 buckets); the ranks asked for fall into a
 * few buckets, and the second pass counts the low halves of the values in those buckets only. The
 * k-th smallest value is then known exactly, so percentiles (Hyndman &amp; Fan type 7, as
 * {@link WindStatsMath#sortedPercentile}) equal those of a full sort; the sum is exact ({@link ExactSum}).
 * Counts are integers, so partials merge to the same result in any order (any tile size or thread count).
 *
 * <p>Use: {@link #add} every value (pass 1) into per-thread partials from {@link #emptyCopy()},
 * {@link #merge} them, {@link #startSecondPass}, {@link #add} every value again into new partials,
 * {@link #merge}, then query. Not thread-safe.
 */
final class ExactFloatDistribution {
    private static final int BUCKETS = 1 << 16;

    private final double[] probabilities;
    private final long[] high;
    private long count;
    private final ExactSum sum = new ExactSum();
    /** Second pass: the buckets holding a rank asked for (sorted) and the low-half counts in each. */
    private int[] targets;
    private long[][] low;
    /**
     * Second pass: per high half, 1 + its index in {@link #targets}, 0 for a bucket not asked for (one load per value
     * instead of a scan of the targets; shared, read-only, by every partial of the pass).
     */
    private short[] slotOfBucket;

    /** @param probabilities the percentiles (0–1) that will be asked for, besides minimum and maximum */
    ExactFloatDistribution(double... probabilities) {
        this(probabilities.clone(), null, null);
    }

    private ExactFloatDistribution(double[] probabilities, int[] targets, short[] slotOfBucket) {
        this.probabilities = probabilities;
        this.targets = targets;
        this.slotOfBucket = slotOfBucket;
        this.high = targets == null ? new long[BUCKETS] : null;
        this.low = targets == null ? null : new long[targets.length][BUCKETS];
    }

    /** An empty partial for the current pass (same probabilities and second-pass buckets). */
    ExactFloatDistribution emptyCopy() {
        return new ExactFloatDistribution(probabilities, targets, slotOfBucket);
    }

    void add(float v) {
        if (!Float.isFinite(v)) return;
        int key = key(v);
        if (targets == null) {
            high[key >>> 16]++;
            count++;
            sum.add(v);
            return;
        }
        int slot = slotOfBucket[key >>> 16];
        if (slot != 0) low[slot - 1][key & 0xFFFF]++;
    }

    void merge(ExactFloatDistribution partial) {
        if ((partial.targets == null) != (targets == null) || (low != null && partial.low.length != low.length)) {
            throw new IllegalStateException("partial of another pass");
        }
        if (targets == null) {
            for (int i = 0; i < BUCKETS; i++) high[i] += partial.high[i];
            count += partial.count;
            sum.add(partial.sum);
        } else {
            for (int t = 0; t < low.length; t++) for (int i = 0; i < BUCKETS; i++) low[t][i] += partial.low[t][i];
        }
    }

    /** Ends the first pass: fixes the buckets the second pass must resolve. */
    void startSecondPass() {
        if (targets != null) throw new IllegalStateException("second pass already started");
        int[] t = new int[2 * probabilities.length + 2];
        int k = 0;
        if (count > 0) {
            t[k++] = bucketOfRank(0);
            t[k++] = bucketOfRank(count - 1);
            for (double p : probabilities) {
                double pos = p * (count - 1);
                long lo = (long) Math.floor(pos);
                t[k++] = bucketOfRank(lo);
                t[k++] = bucketOfRank(Math.min(lo + 1, count - 1));
            }
        }
        targets = Arrays.stream(t, 0, k).distinct().sorted().toArray();
        low = new long[targets.length][BUCKETS];
        slotOfBucket = new short[BUCKETS];
        for (int i = 0; i < targets.length; i++) slotOfBucket[targets[i]] = (short) (i + 1);
    }

    long count() {
        return count;
    }

    /** Exact mean of the finite values (NaN when none). */
    double mean() {
        return count == 0 ? Double.NaN : sum.value() / count;
    }

    double min() {
        return count == 0 ? Double.NaN : valueAtRank(0);
    }

    double max() {
        return count == 0 ? Double.NaN : valueAtRank(count - 1);
    }

    /** Type-7 percentile, {@code p} one of the probabilities given at construction. */
    double percentile(double p) {
        if (count == 0) return Double.NaN;
        double pos = p * (count - 1);
        long lo = (long) Math.floor(pos), hi = Math.min(lo + 1, count - 1);
        float vlo = valueAtRank(lo), vhi = valueAtRank(hi);
        return vlo + (pos - lo) * ((double) vhi - vlo);
    }

    /** The value of 0-based rank {@code r} in ascending order (second pass done). */
    private float valueAtRank(long r) {
        if (low == null) throw new IllegalStateException("second pass not done");
        int b = bucketOfRank(r);
        long before = 0;
        for (int i = 0; i < b; i++) before += high[i];
        int t = Arrays.binarySearch(targets, b);
        if (t < 0) throw new IllegalStateException("rank " + r + " was not asked for before the second pass");
        long within = r - before;
        long[] l = low[t];
        for (int i = 0; i < BUCKETS; i++) {
            within -= l[i];
            if (within < 0) return fromKey((b << 16) | i);
        }
        throw new IllegalStateException("second pass saw fewer values than the first in bucket " + b);
    }

    private int bucketOfRank(long r) {
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += high[i];
            if (seen > r) return i;
        }
        throw new IllegalArgumentException("rank " + r + " of " + count);
    }

    /** Sort key: unsigned order of keys = numeric order of floats (−0 just below +0). */
    static int key(float v) {
        int bits = Float.floatToRawIntBits(v);
        return bits < 0 ? ~bits : bits | 0x80000000;
    }

    static float fromKey(int key) {
        return Float.intBitsToFloat(key < 0 ? key & 0x7FFFFFFF : ~key);
    }
}
