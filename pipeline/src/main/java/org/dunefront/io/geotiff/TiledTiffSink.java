package org.dunefront.io.geotiff;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dunefront.error.OutputException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.Window;

/**
 * A {@link RasterSink} streaming a tiled GeoTIFF: every block written is cut into the file's
 * tiles; a tile is encoded (predictor + compression) on the compression pool as soon as all its
 * cells have arrived, and {@link TileOrderedOutput} lays the encoded tiles out in tile order.
 * Only tiles still being assembled, a few tiles per compression thread and out-of-order tiles up
 * to a fixed budget are held in memory, never the raster.
 *
 * <p>Thread-safe: {@link #write} may be called from several threads at once. Each cell should be
 * written once; a tile that is complete cannot be written again.
 */
final class TiledTiffSink implements RasterSink {
    private enum State { OPEN, COMMITTED, CLOSED }

    private final Path target;
    private final Path temp;
    private final GridGeometry grid;
    private final DataType type;
    private final List<BandInfo> bands;
    private final TileScheme scheme;
    private final int tileSize;
    private final int tilesPerBand;
    private final TileCodec codec;
    private final TiffDirectory directory;
    private final String pamXml;
    private final FileChannel channel;
    private final TileOrderedOutput output;
    private final ExecutorService pool;
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final Map<Integer, PendingTile> pending = new HashMap<>();
    private final BitSet started = new BitSet();
    private volatile Throwable failure;
    private State state = State.OPEN;

    /** A tile being assembled from several blocks. */
    private static final class PendingTile {
        final byte[] raw;
        final BitSet covered;
        long missing;

        PendingTile(byte[] raw, Window tile) {
            this.raw = raw;
            this.covered = new BitSet((int) tile.cellCount());
            this.missing = tile.cellCount();
        }
    }

    TiledTiffSink(Path target, Path temp, Path spill, FileChannel channel, GridGeometry grid, DataType type,
                  List<BandInfo> bands, GeoTiffWriteOptions options, TiffDirectory directory, String pamXml,
                  long reorderMemoryBytes) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.grid = grid;
        this.type = type;
        this.bands = List.copyOf(bands);
        this.tileSize = options.tileSize();
        this.scheme = TileScheme.of(grid, tileSize);
        this.tilesPerBand = scheme.tileCount();
        this.codec = new TileCodec(type, tileSize, options.compression(), options.predictorCode(type.isFloatingPoint()),
                options.deflateLevel());
        this.directory = directory;
        this.pamXml = pamXml;
        long maxOffset = directory.bigTiff() ? Long.MAX_VALUE : 0xFFFFFFFFL;
        this.output = new TileOrderedOutput(channel, directory.dataStart(), tilesPerBand * this.bands.size(), maxOffset,
                spill, reorderMemoryBytes);
        int threads = options.threads();
        this.maxInFlight = 2 * threads;
        this.inFlight = new Semaphore(maxInFlight);
        if (threads == 1) {
            this.pool = null;
        } else {
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "dunefront-geotiff-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    @Override public GridGeometry grid() { return grid; }
    @Override public int bandCount() { return bands.size(); }
    @Override public DataType dataType() { return type; }

    @Override
    public void write(int band, RasterBlock block) throws IOException {
        Objects.checkIndex(band, bands.size());
        Window w = block.window();
        if (!grid.extent().contains(w)) {
            throw new IllegalArgumentException("Block " + w + " lies outside the grid " + grid.extent());
        }
        checkUsable();
        if (w.isEmpty()) return;
        RasterBlock b = block;
        if (b.type() != type) {
            b = RasterBlock.create(type, w, block.noData());
            b.copyFrom(block);
        }
        int across = scheme.tilesAcross();
        for (int ty = w.row() / tileSize; ty <= (w.endRow() - 1) / tileSize; ty++) {
            for (int tx = w.col() / tileSize; tx <= (w.endCol() - 1) / tileSize; tx++) {
                Window tile = scheme.tile(tx, ty);
                int index = band * tilesPerBand + ty * across + tx;
                if (w.contains(tile)) {
                    byte[] raw = tile.width() == tileSize && tile.height() == tileSize
                            ? new byte[tileSize * tileSize * type.bytesPerSample()] : fillTile(band);
                    TileBytes.copy(b, tile, tileSize, raw);
                    synchronized (pending) {
                        markStarted(index);
                        pending.remove(index);
                    }
                    submit(index, raw);
                } else {
                    writePart(band, index, tile, b);
                }
            }
        }
    }

    private void writePart(int band, int index, Window tile, RasterBlock b) throws IOException {
        PendingTile p;
        synchronized (pending) {
            if (started.get(index)) throw new IllegalStateException("Tile " + tile + " of band " + band + " was already written");
            p = pending.computeIfAbsent(index, i -> new PendingTile(fillTile(band), tile));
        }
        boolean complete;
        synchronized (p) {
            TileBytes.copy(b, tile, tileSize, p.raw);
            Window o = b.window().intersect(tile);
            for (int r = o.row(); r < o.endRow(); r++) {
                int from = (r - tile.row()) * tile.width() + (o.col() - tile.col());
                int to = from + o.width();
                p.missing -= o.width() - p.covered.get(from, to).cardinality();
                p.covered.set(from, to);
            }
            complete = p.missing == 0;
        }
        if (complete) {
            synchronized (pending) {
                if (pending.remove(index) != p) return; // another thread completed it
                markStarted(index);
            }
            submit(index, p.raw);
        }
    }

    private void markStarted(int index) {
        if (started.get(index)) throw new IllegalStateException("Tile " + index + " was already written");
        started.set(index);
    }

    private byte[] fillTile(int band) {
        BandInfo info = bands.get(band);
        return TileBytes.filled(type, tileSize, info.noData().present() ? info.noData().value() : 0);
    }

    private void submit(int index, byte[] raw) throws IOException {
        if (pool == null) {
            try {
                output.put(index, codec.encode(raw));
            } catch (IOException e) {
                throw outputError(e);
            }
            return;
        }
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing " + target);
        }
        try {
            pool.execute(() -> {
                try {
                    if (failure == null) output.put(index, codec.encode(raw));
                } catch (Throwable t) {
                    if (failure == null) failure = t;
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    /** Waits until every submitted tile has been encoded and handed to the output. */
    private void drain() throws IOException {
        if (pool == null) return;
        try {
            inFlight.acquire(maxInFlight);
            inFlight.release(maxInFlight);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing " + target);
        }
    }

    private void checkUsable() {
        if (state != State.OPEN) throw new IllegalStateException("GeoTIFF sink for " + target + " is " + state);
        Throwable f = failure;
        if (f != null) throw rethrow(f);
    }

    private RuntimeException rethrow(Throwable f) {
        if (f instanceof IOException io) return outputError(io);
        if (f instanceof RuntimeException re) return re;
        if (f instanceof Error e) throw e;
        return new IllegalStateException(f);
    }

    @Override
    public void commit() throws IOException {
        checkUsable();
        // Tiles assembled only in part: the missing cells keep the fill value.
        List<Map.Entry<Integer, PendingTile>> rest;
        synchronized (pending) {
            rest = new ArrayList<>(pending.entrySet());
            pending.clear();
            rest.sort(Map.Entry.comparingByKey());
            for (Map.Entry<Integer, PendingTile> e : rest) markStarted(e.getKey());
        }
        for (Map.Entry<Integer, PendingTile> e : rest) submit(e.getKey(), e.getValue().raw);
        drain();
        checkUsable();
        try {
            // Tiles never written: fill value, encoded once per band, laid out in order.
            int total = tilesPerBand * bands.size();
            for (int band = 0; band < bands.size(); band++) {
                byte[] empty = null;
                for (int i = band * tilesPerBand; i < (band + 1) * tilesPerBand; i++) {
                    if (started.get(i)) continue;
                    if (empty == null) empty = codec.encode(fillTile(band));
                    started.set(i);
                    output.put(i, empty);
                }
            }
            if (!output.complete()) throw new IllegalStateException("tile " + output.nextIndex() + " of " + total + " missing");
            byte[] head = directory.serialize(output.offsets(), output.byteCounts());
            TileOrderedOutput.writeFully(channel, java.nio.ByteBuffer.wrap(head), 0);
            channel.close();
            output.closeSpill();
            finishSidecar();
            move(temp, target);
        } catch (TileOrderedOutput.TooLargeForClassicTiff e) {
            close();
            throw new OutputException(target.toString(), e.getMessage(),
                    "Write it as BigTIFF (GeoTiffWriteOptions.withBigTiff(BigTiffMode.YES))", e);
        } catch (IOException e) {
            close();
            throw outputError(e);
        }
        state = State.COMMITTED;
        shutdownPool();
    }

    /** Writes the PAM sidecar next to the target, or removes a stale one from an earlier file. */
    private void finishSidecar() throws IOException {
        Path aux = target.resolveSibling(target.getFileName() + ".aux.xml");
        if (pamXml.isEmpty()) {
            Files.deleteIfExists(aux);
            return;
        }
        Path auxTemp = target.resolveSibling("." + aux.getFileName() + ".tmp-" + temp.getFileName().toString()
                .substring(temp.getFileName().toString().lastIndexOf('-') + 1));
        try {
            Files.writeString(auxTemp, pamXml, StandardCharsets.UTF_8);
            move(auxTemp, aux);
        } finally {
            Files.deleteIfExists(auxTemp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    OutputException outputError(IOException e) {
        return new OutputException(target.toString(), "cannot write the GeoTIFF (" + e + ")",
                "Check that the disk has free space and the directory is writable, or choose another output path", e);
    }

    @Override
    public void close() throws IOException {
        if (state != State.OPEN) return;
        state = State.CLOSED;
        shutdownPool();
        try {
            if (channel.isOpen()) channel.close();
            output.closeSpill();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void shutdownPool() {
        if (pool == null) return;
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
