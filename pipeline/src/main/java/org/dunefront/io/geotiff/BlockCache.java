package org.dunefront.io.geotiff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small least-recently-used cache of decoded blocks, bounded by their size in bytes, so that
 * neighbouring windows (halos, row-by-row readers) do not decode the same tile twice. Thread-safe;
 * two threads missing the same block may both decode it (harmless, the result is identical).
 */
final class BlockCache {
    private final long capacityBytes;
    private long usedBytes;
    private final LinkedHashMap<Integer, Object> blocks = new LinkedHashMap<>(64, 0.75f, true);

    BlockCache(long capacityBytes) {
        this.capacityBytes = capacityBytes;
    }

    synchronized Object get(int index) {
        return blocks.get(index);
    }

    synchronized void put(int index, Object samples) {
        long size = sizeOf(samples);
        if (size > capacityBytes) return;
        Object old = blocks.put(index, samples);
        if (old != null) usedBytes -= sizeOf(old);
        usedBytes += size;
        var it = blocks.entrySet().iterator();
        while (usedBytes > capacityBytes && it.hasNext()) {
            Map.Entry<Integer, Object> e = it.next();
            if (e.getKey() == index) continue;
            usedBytes -= sizeOf(e.getValue());
            it.remove();
        }
    }

    private static long sizeOf(Object a) {
        if (a instanceof byte[] b) return b.length;
        if (a instanceof short[] s) return 2L * s.length;
        if (a instanceof int[] i) return 4L * i.length;
        if (a instanceof float[] f) return 4L * f.length;
        if (a instanceof double[] d) return 8L * d.length;
        return 0;
    }
}
