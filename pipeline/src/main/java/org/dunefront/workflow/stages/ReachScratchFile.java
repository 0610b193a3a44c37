package org.dunefront.workflow.stages;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.dunefront.ranking.ReachStore;

/**
 * The routing's two reach doubles per cell in a scratch file instead of the heap (16 bytes per cell:
 * 6.4 GB at 20 000 × 20 000), behind a fixed cache of square tiles (64 × 64 cells, 64 KiB each) with
 * CLOCK replacement (second chance). The routing's depth-first search and the later row-major passes
 * move between neighbouring cells, so almost every access hits a cached tile. Tiles are read and
 * written with explicit positional file I/O (not memory-mapped: the process's resident memory stays
 * the cache), dirty tiles are written back when evicted; tiles never written read as zeros.
 *
 * <p>Values are stored as they are given (bit-for-bit). The file is deleted on {@link #close}.
 * Not thread-safe (one thread at a time).
 */
final class ReachScratchFile implements ReachStore, Closeable {
    private static final int SHIFT = 6;
    private static final int SIDE = 1 << SHIFT;
    private static final int MASK = SIDE - 1;
    private static final int CELLS = SIDE * SIDE;
    /** Bytes of one tile: two doubles per cell. */
    static final int TILE_BYTES = CELLS * 16;
    /** Default cache: 256 MiB (4096 tiles). */
    static final long DEFAULT_CACHE_BYTES = 256L << 20;

    private final Path file;
    private final FileChannel channel;
    private final int width;
    private final int tilesAcross;
    private final int[] slotOfTile;     // -1: not cached
    private final boolean[] onDisk;     // the tile has been written to the file
    private final double[][] slots;     // [slot][k] reach fraction, [slot][CELLS + k] weighted reach
    private final int[] tileOfSlot;
    private final boolean[] dirty;
    private final boolean[] referenced;
    private final ByteBuffer io = ByteBuffer.allocateDirect(TILE_BYTES).order(ByteOrder.nativeOrder());
    private int hand;
    private int lastTile = -1;
    private double[] lastData;
    private long reads;
    private long writes;

    private ReachScratchFile(Path file, FileChannel channel, int width, int height, long cacheBytes) {
        this.file = file;
        this.channel = channel;
        this.width = width;
        this.tilesAcross = (width + MASK) >> SHIFT;
        int tiles = tilesAcross * ((height + MASK) >> SHIFT);
        this.slotOfTile = new int[tiles];
        Arrays.fill(slotOfTile, -1);
        this.onDisk = new boolean[tiles];
        int n = (int) Math.max(1, Math.min(tiles, cacheBytes / TILE_BYTES));
        this.slots = new double[n][];
        this.tileOfSlot = new int[n];
        Arrays.fill(tileOfSlot, -1);
        this.dirty = new boolean[n];
        this.referenced = new boolean[n];
    }

    /**
     * A new scratch file {@code dir/name} for a {@code width × height} grid with a cache of about
     * {@code cacheBytes} (at least one tile, at most the whole grid).
     */
    static ReachScratchFile create(Path dir, String name, int width, int height, long cacheBytes) throws IOException {
        Path f = dir.resolve(name);
        FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.SPARSE);
        return new ReachScratchFile(f, ch, width, height, cacheBytes);
    }

    /** Heap of the cache for a grid (what {@link #create} allocates at most). */
    static long cacheHeapBytes(int width, int height, long cacheBytes) {
        long tiles = (long) ((width + MASK) >> SHIFT) * ((height + MASK) >> SHIFT);
        return Math.max(1, Math.min(tiles, cacheBytes / TILE_BYTES)) * TILE_BYTES + tiles * 5;
    }

    @Override public double any(int i) {
        return tile(i)[offset(i)];
    }

    @Override public double value(int i) {
        return tile(i)[CELLS + offset(i)];
    }

    @Override public void set(int i, double any, double value) {
        double[] d = tile(i);
        int k = offset(i);
        d[k] = any;
        d[CELLS + k] = value;
        dirty[slotOfTile[lastTile]] = true;
    }

    /** Tiles read from and written to the file so far. */
    long tileReads() { return reads; }

    long tileWrites() { return writes; }

    private int offset(int i) {
        int r = i / width, c = i - r * width;
        return ((r & MASK) << SHIFT) | (c & MASK);
    }

    private double[] tile(int i) {
        int r = i / width, c = i - r * width;
        int t = (r >> SHIFT) * tilesAcross + (c >> SHIFT);
        if (t == lastTile) return lastData;
        int s = slotOfTile[t];
        if (s < 0) s = load(t);
        referenced[s] = true;
        lastTile = t;
        lastData = slots[s];
        return lastData;
    }

    private int load(int t) {
        int s = victim();
        if (tileOfSlot[s] >= 0) {
            if (dirty[s]) writeTile(tileOfSlot[s], slots[s]);
            slotOfTile[tileOfSlot[s]] = -1;
        }
        if (slots[s] == null) slots[s] = new double[2 * CELLS];
        double[] d = slots[s];
        if (onDisk[t]) readTile(t, d);
        else Arrays.fill(d, 0);
        tileOfSlot[s] = t;
        slotOfTile[t] = s;
        dirty[s] = false;
        return s;
    }

    /** CLOCK: the first slot not referenced since the hand last passed it (an empty slot first). */
    private int victim() {
        while (true) {
            int s = hand;
            hand = (hand + 1) % slots.length;
            if (tileOfSlot[s] < 0 || !referenced[s]) return s;
            referenced[s] = false;
        }
    }

    private void writeTile(int t, double[] d) {
        io.clear();
        DoubleBuffer db = io.asDoubleBuffer();
        db.put(d);
        io.position(0).limit(TILE_BYTES);
        long pos = (long) t * TILE_BYTES;
        try {
            while (io.hasRemaining()) pos += channel.write(io, pos);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the routing scratch file " + file, e);
        }
        onDisk[t] = true;
        writes++;
    }

    private void readTile(int t, double[] d) {
        io.clear();
        long pos = (long) t * TILE_BYTES;
        try {
            while (io.hasRemaining()) {
                int k = channel.read(io, pos);
                if (k < 0) throw new IOException("unexpected end of file");
                pos += k;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the routing scratch file " + file, e);
        }
        io.flip();
        io.asDoubleBuffer().get(d);
        reads++;
    }

    /** Closes and deletes the scratch file. */
    @Override public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
