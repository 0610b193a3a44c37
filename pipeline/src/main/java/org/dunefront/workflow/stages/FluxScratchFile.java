package org.dunefront.workflow.stages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dunefront.transport.FluxSeries;

/**
 * The transport forcing on disk: raw float32 layers, period-major ({@code qx} then {@code qy}
 * of period 0, then of period 1, …). Either a scratch file under {@code java.io.tmpdir} in native byte order that
 * {@link #close()} deletes, or a read-only {@linkplain #view view} of the same layout (little-endian) inside another
 * file, the migrate stage's {@link TransportSetUpCache}, which {@link #close()} leaves in place. The transport model
 * reads one period at a time, so 12 monthly fields cost disk and page cache,
 * not heap (2 × 12 × 4 bytes per cell would be 2.4 GB at 5000 × 5000).
 *
 * <p>Written strip by strip by {@link TransportForcing}, then read; one reader thread at a time, plus at most one
 * {@link #forEachChunk} beside it.
 */
final class FluxScratchFile implements FluxSeries, AutoCloseable {
    private static final int CHUNK_FLOATS = 1 << 20;

    private final Path file;
    private final FileChannel channel;
    private final int periods;
    private final int cells;
    /** Byte offset of period 0's qx layer in the file (0 for a scratch file). */
    private final long base;
    /** Whether {@link #close()} deletes the file (a scratch file) or leaves it (a view). */
    private final boolean scratch;
    private final ByteBuffer buffer;

    FluxScratchFile(int periods, int cells) throws IOException {
        this.periods = periods;
        this.cells = cells;
        this.file = Files.createTempFile("dunefront-flux-", ".f32");
        this.file.toFile().deleteOnExit();
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        this.base = 0;
        this.scratch = true;
        this.buffer = ByteBuffer.allocateDirect(CHUNK_FLOATS * 4).order(ByteOrder.nativeOrder());
    }

    private FluxScratchFile(Path file, long base, int periods, int cells) throws IOException {
        this.periods = periods;
        this.cells = cells;
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.base = base;
        this.scratch = false;
        this.buffer = ByteBuffer.allocateDirect(CHUNK_FLOATS * 4).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * A read-only series over {@code periods} × 2 little-endian float32 layers of {@code cells} values starting at byte
     * {@code offset} of {@code file} (period-major, qx then qy); {@link #close()} closes the file and keeps it.
     */
    static FluxScratchFile view(Path file, long offset, int periods, int cells) throws IOException {
        return new FluxScratchFile(file, offset, periods, cells);
    }

    /** Receives the series' bytes in file order, chunk by chunk. */
    interface ChunkConsumer {
        /** {@code chunk}: little-endian float32 values between its position and limit; read them before returning. */
        void accept(ByteBuffer chunk) throws IOException;
    }

    /**
     * Streams every layer in order (period 0 qx, period 0 qy, period 1 qx, …) as little-endian float32 chunks of at
     * most 4 MiB: the bytes {@link TransportSetUpCache} stores, without holding a whole layer. Uses buffers of its own,
     * so it may run on another thread while one thread {@linkplain #read reads} periods (positional reads of one channel).
     */
    void forEachChunk(ChunkConsumer consumer) throws IOException {
        long total = 2L * periods * cells * 4L;
        ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK_FLOATS * 4).order(this.buffer.order());
        ByteBuffer le = buffer.order() == ByteOrder.LITTLE_ENDIAN ? null
                : ByteBuffer.allocateDirect(CHUNK_FLOATS * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (long pos = 0; pos < total; ) {
            int n = (int) Math.min(CHUNK_FLOATS * 4L, total - pos);
            buffer.clear();
            buffer.limit(n);
            while (buffer.hasRemaining()) {
                int got = channel.read(buffer, base + pos + buffer.position());
                if (got < 0) throw new IOException("unexpected end of " + file);
            }
            buffer.flip();
            if (le == null) {
                consumer.accept(buffer);
            } else { // a big-endian machine: the stored bytes are little-endian whatever the platform
                le.clear();
                le.asFloatBuffer().put(buffer.asFloatBuffer());
                le.limit(n);
                consumer.accept(le);
            }
            pos += n;
        }
    }

    @Override public int periods() { return periods; }

    @Override public int cellCount() { return cells; }

    /** Writes {@code values[0..length)} of layer {@code component} (0 = qx, 1 = qy) of {@code period} from cell {@code firstCell}. */
    void write(int period, int component, int firstCell, float[] values, int length) throws IOException {
        if (!scratch) throw new IllegalStateException("a view of " + file + " is read-only");
        long pos = offset(period, component) + 4L * firstCell;
        for (int done = 0; done < length; ) {
            int k = Math.min(CHUNK_FLOATS, length - done);
            buffer.clear();
            buffer.asFloatBuffer().put(values, done, k);
            buffer.limit(4 * k);
            while (buffer.hasRemaining()) pos += channel.write(buffer, pos);
            done += k;
        }
    }

    @Override
    public void read(int period, float[] qxOut, float[] qyOut) {
        try {
            readLayer(offset(period, 0), qxOut);
            readLayer(offset(period, 1), qyOut);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the transport forcing " + (scratch ? "scratch file " : "in ") + file, e);
        }
    }

    private void readLayer(long pos, float[] out) throws IOException {
        for (int done = 0; done < cells; ) {
            int k = Math.min(CHUNK_FLOATS, cells - done);
            buffer.clear();
            buffer.limit(4 * k);
            while (buffer.hasRemaining()) {
                int got = channel.read(buffer, pos);
                if (got < 0) throw new IOException("unexpected end of " + file);
                pos += got;
            }
            buffer.flip();
            buffer.asFloatBuffer().get(out, done, k);
            done += k;
        }
    }

    private long offset(int period, int component) {
        return base + (2L * period + component) * cells * 4L;
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            if (scratch) Files.deleteIfExists(file);
        }
    }
}
