package org.dunefront.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak memory of this process: resident set high-water mark (Linux VmHWM) and peak Java heap. */
final class PeakMemory {
    private PeakMemory() { }

    /** Peak resident set size in bytes from /proc/self/status, or -1 when unavailable. */
    static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024L;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    /** Sum of the heap pools' peak usage in bytes. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    static String describe() {
        long rss = peakRssBytes();
        String heap = mb(peakHeapBytes()) + " peak heap";
        return rss > 0 ? mb(rss) + " peak RSS (VmHWM), " + heap : heap;
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }
}
