package org.dunefront.io.geotiff;

/**
 * A per-thread reusable byte buffer for codec work (compressed or decompressed tiles): each thread keeps one
 * array and grows it when a larger one is asked for; requests above {@code maxReusedBytes} get a fresh array so
 * that no thread holds an unusually large buffer for the rest of the run. Thread-safe (one buffer per thread).
 */
final class ThreadScratch {
    private final ThreadLocal<byte[]> buffer = ThreadLocal.withInitial(() -> new byte[0]);
    private final int maxReusedBytes;

    ThreadScratch(int maxReusedBytes) {
        this.maxReusedBytes = maxReusedBytes;
    }

    /** This thread's buffer of at least {@code size} bytes (a fresh array beyond the reuse limit); contents undefined. */
    byte[] atLeast(int size) {
        if (size > maxReusedBytes) return new byte[size];
        byte[] b = buffer.get();
        if (b.length < size) {
            b = new byte[size];
            buffer.set(b);
        }
        return b;
    }
}
