package org.dunefront.io.geotiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Appends compressed tiles to the file strictly in tile order, whatever order they are finished
 * in, so that the file's bytes never depend on write order or thread count. A tile that arrives
 * before its predecessors is held in memory up to {@code memoryBudgetBytes}, beyond that in a
 * spill file next to the output (deleted when done), until its turn comes.
 *
 * <p>Thread-safe: {@link #put} is synchronized (tiles are written one at a time).
 */
final class TileOrderedOutput {
    private final FileChannel channel;
    private final Path spillPath;
    private final long maxOffset;
    private final long memoryBudgetBytes;
    private final long[] offsets;
    private final long[] byteCounts;
    private final Map<Integer, byte[]> held = new HashMap<>();
    private final Map<Integer, long[]> spilled = new HashMap<>();
    private FileChannel spill;
    private long spillEnd;
    private long heldBytes;
    private long position;
    private int next;

    /**
     * @param maxOffset largest file offset the format can address (4 GiB - 1 for classic TIFF)
     */
    TileOrderedOutput(FileChannel channel, long dataStart, int tileCount, long maxOffset, Path spillPath,
                      long memoryBudgetBytes) {
        this.channel = channel;
        this.position = dataStart;
        this.offsets = new long[tileCount];
        this.byteCounts = new long[tileCount];
        this.maxOffset = maxOffset;
        this.spillPath = spillPath;
        this.memoryBudgetBytes = memoryBudgetBytes;
    }

    /** Thrown when the data would not fit in a classic TIFF. */
    static final class TooLargeForClassicTiff extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeForClassicTiff() {
            super("the compressed data exceed the 4 GiB a classic TIFF can address");
        }
    }

    /** Hands over tile {@code index}'s encoded bytes (each index exactly once). */
    synchronized void put(int index, byte[] data) throws IOException {
        if (index < next || held.containsKey(index) || spilled.containsKey(index)) {
            throw new IllegalStateException("tile " + index + " written twice");
        }
        if (index != next) {
            hold(index, data);
            return;
        }
        append(data);
        while (next < offsets.length) {
            byte[] d = held.remove(next);
            if (d != null) {
                heldBytes -= d.length;
            } else {
                long[] at = spilled.remove(next);
                if (at == null) break;
                d = new byte[(int) at[1]];
                readFully(spill, ByteBuffer.wrap(d), at[0]);
            }
            append(d);
        }
    }

    /** True when every tile has been written. */
    synchronized boolean complete() {
        return next == offsets.length;
    }

    synchronized int nextIndex() {
        return next;
    }

    long[] offsets() {
        return offsets;
    }

    long[] byteCounts() {
        return byteCounts;
    }

    private void hold(int index, byte[] data) throws IOException {
        if (heldBytes + data.length <= memoryBudgetBytes) {
            held.put(index, data);
            heldBytes += data.length;
            return;
        }
        if (spill == null) {
            spill = FileChannel.open(spillPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        }
        writeFully(spill, ByteBuffer.wrap(data), spillEnd);
        spilled.put(index, new long[] {spillEnd, data.length});
        spillEnd += data.length;
    }

    private void append(byte[] data) throws IOException {
        if (position + data.length - 1 > maxOffset) throw new TooLargeForClassicTiff();
        writeFully(channel, ByteBuffer.wrap(data), position);
        offsets[next] = position;
        byteCounts[next] = data.length;
        position += data.length;
        next++;
    }

    /** Closes and deletes the spill file, if one was created. */
    synchronized void closeSpill() throws IOException {
        held.clear();
        if (spill != null) {
            spill.close();
            spill = null;
        }
        Files.deleteIfExists(spillPath);
    }

    static void writeFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
        long p = at;
        while (b.hasRemaining()) p += ch.write(b, p);
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
        long p = at;
        while (b.hasRemaining()) {
            int n = ch.read(b, p);
            if (n < 0) throw new IOException("spill file truncated");
            p += n;
        }
    }
}
