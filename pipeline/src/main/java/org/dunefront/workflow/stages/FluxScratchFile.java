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
 * The transport forcing on disk: raw native-order float32 layers, period-major ({@code qx} then {@code qy}
 * of period 0, then of period 1, …), in a scratch file under {@code java.io.tmpdir} that {@link #close()}
 * deletes. The transport model reads one period at a time, so 12 monthly fields cost disk and page cache,
 * not heap (2 × 12 × 4 bytes per cell would be 2.4 GB at 5000 × 5000).
 *
 * <p>Written strip by strip by {@link TransportForcing}, then read; one reader thread at a time.
 */
final class FluxScratchFile implements FluxSeries, AutoCloseable {
    private static final int CHUNK_FLOATS = 1 << 20;

    private final Path file;
    private final FileChannel channel;
    private final int periods;
    private final int cells;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK_FLOATS * 4).order(ByteOrder.nativeOrder());

    FluxScratchFile(int periods, int cells) throws IOException {
        this.periods = periods;
        this.cells = cells;
        this.file = Files.createTempFile("dunefront-flux-", ".f32");
        this.file.toFile().deleteOnExit();
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    @Override public int periods() { return periods; }

    @Override public int cellCount() { return cells; }

    /** Writes {@code values[0..length)} of layer {@code component} (0 = qx, 1 = qy) of {@code period} from cell {@code firstCell}. */
    void write(int period, int component, int firstCell, float[] values, int length) throws IOException {
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
            throw new UncheckedIOException("cannot read the transport forcing scratch file " + file, e);
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
        return (2L * period + component) * cells * 4L;
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
