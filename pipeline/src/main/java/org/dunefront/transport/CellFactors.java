package org.dunefront.transport;

import java.util.Arrays;

/**
 * The capacity reduction factor of every cell ({@link CapacityFluxOp#reductionFactor}), stored compactly:
 * cells share a factor when their class, effective cover and effective z0 are the same, which they are
 * class by class (and action by action under interventions), so the run keeps a 2-byte index per cell
 * into a table of the distinct factors instead of a double per cell. Trap cells (capacity 0 whatever the
 * flux) get {@link #TRAP}. Values are the exact doubles {@code reductionFactor} returns, so capacities
 * computed through the table are bit-identical to computing the factor per cell. When a grid has more
 * than 65 535 distinct factors the table falls back to one double per cell.
 *
 * <p>Immutable after construction; safe to read from several threads.
 */
final class CellFactors {
    /** Index of cells whose capacity is always 0 (intervention traps). */
    static final char TRAP = 0;

    private final char[] index;
    private final double[] table;
    private final double[] perCell;

    private CellFactors(char[] index, double[] table, double[] perCell) {
        this.index = index;
        this.table = table;
        this.perCell = perCell;
    }

    /** Whether cell {@code i} always has zero capacity (an intervention trap). */
    boolean trap(int i) {
        return perCell == null ? index[i] == TRAP : Double.isNaN(perCell[i]);
    }

    /** The reduction factor of cell {@code i} (not a trap). */
    double factor(int i) {
        return perCell == null ? table[index[i]] : perCell[i];
    }

    static CellFactors of(SandTransportInput in, SurfaceClass[] cls, TransportParams p) {
        int n = in.cellCount();
        float[] cover = in.vegetationCoverFraction(), z0 = in.roughnessLengthM();
        Interventions iv = in.interventions();
        char[] index = new char[n];
        KeyTable keys = new KeyTable();
        for (int i = 0; i < n; i++) {
            if (iv.trapMask() != null && iv.trapMask()[i]) {
                index[i] = TRAP;
                continue;
            }
            double c = cover == null || Float.isNaN(cover[i]) ? 0 : cover[i];
            double r = z0 == null || Float.isNaN(z0[i]) ? p.referenceRoughnessM() : z0[i];
            if (iv.coverFloorFraction() != null && iv.coverFloorFraction()[i] > c) c = iv.coverFloorFraction()[i];
            if (iv.roughnessFloorM() != null && iv.roughnessFloorM()[i] > r) r = iv.roughnessFloorM()[i]; // NaN: no floor
            int k = keys.indexOf(cls[i], c, r, p);
            if (k < 0) return perCell(in, cls, p);
            index[i] = (char) k;
        }
        return new CellFactors(index, keys.factors(), null);
    }

    /** Fallback: one double per cell, NaN for traps. */
    private static CellFactors perCell(SandTransportInput in, SurfaceClass[] cls, TransportParams p) {
        int n = in.cellCount();
        float[] cover = in.vegetationCoverFraction(), z0 = in.roughnessLengthM();
        Interventions iv = in.interventions();
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            if (iv.trapMask() != null && iv.trapMask()[i]) {
                f[i] = Double.NaN;
                continue;
            }
            double c = cover == null || Float.isNaN(cover[i]) ? 0 : cover[i];
            double r = z0 == null || Float.isNaN(z0[i]) ? p.referenceRoughnessM() : z0[i];
            if (iv.coverFloorFraction() != null && iv.coverFloorFraction()[i] > c) c = iv.coverFloorFraction()[i];
            if (iv.roughnessFloorM() != null && iv.roughnessFloorM()[i] > r) r = iv.roughnessFloorM()[i];
            f[i] = CapacityFluxOp.reductionFactor(cls[i], c, r, p);
        }
        return new CellFactors(null, null, f);
    }

    /** Open-addressing table of distinct (class, cover, z0) keys → index 1..65535 of their factor. */
    private static final class KeyTable {
        private static final int MAX = 65_535;
        private int[] cls = new int[1024];
        private long[] cover = new long[1024];
        private long[] rough = new long[1024];
        private char[] slot = new char[1024];
        private double[] factors = new double[64];
        private int size;
        private int lastCls = -1;
        private long lastCover;
        private long lastRough;
        private int lastIndex;

        int indexOf(SurfaceClass c, double coverFraction, double z0, TransportParams p) {
            int o = c.ordinal();
            long cb = Double.doubleToLongBits(coverFraction), rb = Double.doubleToLongBits(z0);
            if (o == lastCls && cb == lastCover && rb == lastRough) return lastIndex;
            int mask = slot.length - 1;
            int h = mix(o, cb, rb) & mask;
            while (slot[h] != 0) {
                if (cls[h] == o && cover[h] == cb && rough[h] == rb) return remember(o, cb, rb, slot[h]);
                h = (h + 1) & mask;
            }
            if (size == MAX) return -1;
            size++;
            if (size >= factors.length) factors = Arrays.copyOf(factors, factors.length * 2);
            factors[size] = CapacityFluxOp.reductionFactor(c, coverFraction, z0, p);
            cls[h] = o;
            cover[h] = cb;
            rough[h] = rb;
            slot[h] = (char) size;
            if (size * 2 > slot.length) grow();
            return remember(o, cb, rb, size);
        }

        private int remember(int o, long cb, long rb, int index) {
            lastCls = o;
            lastCover = cb;
            lastRough = rb;
            lastIndex = index;
            return index;
        }

        private void grow() {
            int[] oc = cls;
            long[] ov = cover, orr = rough;
            char[] os = slot;
            cls = new int[oc.length * 2];
            cover = new long[oc.length * 2];
            rough = new long[oc.length * 2];
            slot = new char[oc.length * 2];
            int mask = slot.length - 1;
            for (int k = 0; k < os.length; k++) {
                if (os[k] == 0) continue;
                int h = mix(oc[k], ov[k], orr[k]) & mask;
                while (slot[h] != 0) h = (h + 1) & mask;
                cls[h] = oc[k];
                cover[h] = ov[k];
                rough[h] = orr[k];
                slot[h] = os[k];
            }
        }

        private static int mix(int o, long cb, long rb) {
            long x = (cb * 0x9E3779B97F4A7C15L) ^ (rb * 0xC2B2AE3D27D4EB4FL) ^ o;
            x ^= x >>> 31;
            return (int) (x ^ (x >>> 29));
        }

        double[] factors() {
            return Arrays.copyOf(factors, size + 1);
        }
    }
}
