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

/**
 * A few doubles per grid cell in a scratch file instead of the heap (the rank stage's routing reach,
 * two doubles per cell, would be 6.4 GB at 20 000 × 20 000; its flux another 6.4 GB as doubles), behind a
 * fixed cache of square tiles (64 × 64 cells) with CLOCK replacement (second chance). The routing's
 * depth-first search and the later row-major passes move between neighbouring cells, so almost every
 * access hits a cached tile. Tiles are read and written with explicit positional file I/O (not
 * memory-mapped: the process's resident memory stays the cache), dirty tiles are written back when
 * evicted; tiles never written read as zeros.
 *
 * <p>Values are stored as they are given (bit-for-bit). The file is deleted on {@link #close}.
 * Not thread-safe (one thread at a time); once every value is set and {@link #flush}ed, {@link #reader}
 * gives a read-only view with a cache of its own for another thread.
 */
final class TiledScratchFile implements Closeable {
    private static final int SHIFT = 6;
    private static final int SIDE = 1 << SHIFT;
    private static final int MASK = SIDE - 1;
    private static final int CELLS = SIDE * SIDE;
    /** Default cache: 128 MiB. */
    static final long DEFAULT_CACHE_BYTES = 128L << 20;

    private final Path file;
    private final FileChannel channel;
    private final int fields;
    private final int tileBytes;
    private final int width;
    private final int height;
    private final int tilesAcross;
    private final int[] slotOfTile;     // -1: not cached
    private final boolean[] onDisk;     // the tile has been written to the file
    private final boolean readOnly;     // a reader(): never writes, does not own the file
    private final double[][] slots;     // [slot][f·CELLS + k]: field f of cell k of the tile
    private final int[] tileOfSlot;
    private final boolean[] dirty;
    private final boolean[] referenced;
    private final ByteBuffer io;
    private int hand;
    private int lastTile = -1;
    private int lastSlot;
    private double[] lastData;
    private int lastCell = -1;
    private int lastOffset;
    private int lastRow;                // row of the last located cell, and its first cell index
    private int lastRowStart;
    private long reads;
    private long writes;

    private TiledScratchFile(Path file, FileChannel channel, int width, int height, int fields, long cacheBytes,
                             boolean[] onDisk) {
        this.file = file;
        this.channel = channel;
        this.fields = fields;
        this.tileBytes = tileBytes(fields);
        this.io = ByteBuffer.allocateDirect(tileBytes).order(ByteOrder.nativeOrder());
        this.width = width;
        this.height = height;
        this.tilesAcross = (width + MASK) >> SHIFT;
        int tiles = tilesAcross * ((height + MASK) >> SHIFT);
        this.slotOfTile = new int[tiles];
        Arrays.fill(slotOfTile, -1);
        this.readOnly = onDisk != null;
        this.onDisk = readOnly ? onDisk : new boolean[tiles];
        int n = (int) Math.max(1, Math.min(tiles, cacheBytes / tileBytes));
        this.slots = new double[n][];
        this.tileOfSlot = new int[n];
        Arrays.fill(tileOfSlot, -1);
        this.dirty = new boolean[n];
        this.referenced = new boolean[n];
    }

    /**
     * A new scratch file {@code dir/name} of {@code fields} doubles per cell of a {@code width × height}
     * grid with a cache of about {@code cacheBytes} (at least one tile, at most the whole grid).
     */
    static TiledScratchFile create(Path dir, String name, int width, int height, int fields, long cacheBytes)
            throws IOException {
        if (fields < 2 || fields > 8) throw new IllegalArgumentException("fields must be 2..8, got " + fields);
        Path f = dir.resolve(name);
        FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.SPARSE);
        return new TiledScratchFile(f, ch, width, height, fields, cacheBytes, null);
    }

    /** Writes every modified cached tile to the file (they stay cached), so that a {@link #reader} sees every value set. */
    void flush() {
        for (int s = 0; s < slots.length; s++) {
            if (tileOfSlot[s] >= 0 && dirty[s]) {
                writeTile(tileOfSlot[s], slots[s]);
                dirty[s] = false;
            }
        }
    }

    /**
     * A read-only view of the values set and {@link #flush}ed so far, with a cache of its own of about
     * {@code cacheBytes}: this file and the view may then be read from two threads (each by one), as long
     * as no value is set any more. {@link #set} on the view throws; closing it leaves the file open.
     */
    TiledScratchFile reader(long cacheBytes) {
        for (boolean d : dirty) if (d) throw new IllegalStateException("flush() before reader(): unwritten tiles");
        return new TiledScratchFile(file, channel, width, height, fields, cacheBytes, onDisk.clone());
    }

    /**
     * Cache for {@link #readRows} of strips of {@code stripRows} rows without reading a tile twice: every
     * tile a strip touches ({@code ⌈stripRows / 64⌉ + 1} rows of tiles across the width), {@code fields}
     * values per cell.
     */
    static long stripCacheBytes(int width, int stripRows, int fields) {
        long tilesAcross = (width + MASK) >> SHIFT;
        return (((stripRows + MASK) >> SHIFT) + 1) * tilesAcross * tileBytes(fields);
    }

    /** Bytes of one tile of {@code fields} doubles per cell. */
    static int tileBytes(int fields) { return CELLS * 8 * fields; }

    /** Heap of the cache for a grid (what {@link #create} allocates at most, with the I/O buffer). */
    static long cacheHeapBytes(int width, int height, int fields, long cacheBytes) {
        long tiles = (long) ((width + MASK) >> SHIFT) * ((height + MASK) >> SHIFT);
        int tb = tileBytes(fields);
        return Math.max(1, Math.min(tiles, cacheBytes / tb)) * tb + tiles * 5;
    }

    /** Field {@code f} of cell i (0 when never set). */
    double get(int i, int f) {
        if (i != lastCell) locate(i);
        return lastData[f * CELLS + lastOffset];
    }

    /** Sets fields 0 and 1 of cell i. */
    void set(int i, double field0, double field1) {
        if (readOnly) throw new UnsupportedOperationException("a reader() of " + file + " is read-only");
        if (i != lastCell) locate(i);
        lastData[lastOffset] = field0;
        lastData[CELLS + lastOffset] = field1;
        dirty[lastSlot] = true;
    }

    /**
     * Field {@code f} of rows {@code row0 .. row0 + rows - 1} as float32 into {@code out} (row-major,
     * {@code rows·width} cells), tile row segment by segment: for values that were set from float32.
     */
    void readRows(int row0, int rows, int f, float[] out) {
        int height = row0 + rows;
        for (int r = row0; r < height; r++) {
            int base = (r - row0) * width, inTile = f * CELLS + ((r & MASK) << SHIFT);
            for (int c0 = 0; c0 < width; c0 += SIDE) {
                locate(r * width + c0);
                double[] d = lastData;
                int n = Math.min(SIDE, width - c0);
                for (int k = 0; k < n; k++) out[base + c0 + k] = (float) d[inTile + k];
            }
        }
    }

    /** Tiles read from and written to the file so far. */
    long tileReads() { return reads; }

    long tileWrites() { return writes; }

    /**
     * Makes cell i the current cell: its tile cached and current, its offset in the tile. The row comes
     * from the last located cell's when i is in the same row or the next or previous one (the routing's
     * steps, row-major passes), else from one division.
     */
    private void locate(int i) {
        int d = i - lastRowStart;
        if (d < 0 || d >= width) {
            int r;
            if (d >= width && d - width < width) r = lastRow + 1;
            else if (d < 0 && d >= -width) r = lastRow - 1;
            else r = i / width;
            lastRow = r;
            lastRowStart = r * width;
        }
        int r = lastRow, c = i - lastRowStart;
        int t = (r >> SHIFT) * tilesAcross + (c >> SHIFT);
        if (t != lastTile) {
            int s = slotOfTile[t];
            if (s < 0) s = load(t);
            referenced[s] = true;
            lastTile = t;
            lastSlot = s;
            lastData = slots[s];
        }
        lastCell = i;
        lastOffset = ((r & MASK) << SHIFT) | (c & MASK);
    }

    private int load(int t) {
        int s = victim();
        if (tileOfSlot[s] >= 0) {
            if (dirty[s]) writeTile(tileOfSlot[s], slots[s]);
            slotOfTile[tileOfSlot[s]] = -1;
        }
        if (slots[s] == null) slots[s] = new double[fields * CELLS];
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
        io.position(0).limit(tileBytes);
        long pos = (long) t * tileBytes;
        try {
            while (io.hasRemaining()) pos += channel.write(io, pos);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scratch file " + file, e);
        }
        onDisk[t] = true;
        writes++;
    }

    private void readTile(int t, double[] d) {
        io.clear();
        long pos = (long) t * tileBytes;
        try {
            while (io.hasRemaining()) {
                int k = channel.read(io, pos);
                if (k < 0) throw new IOException("unexpected end of file");
                pos += k;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scratch file " + file, e);
        }
        io.flip();
        io.asDoubleBuffer().get(d);
        reads++;
    }

    /** Closes and deletes the scratch file (a {@link #reader} only lets its cache go). */
    @Override public void close() throws IOException {
        if (readOnly) return;
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
