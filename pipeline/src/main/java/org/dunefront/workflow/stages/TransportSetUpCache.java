package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.ShelterMask;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.Manifest;
import org.dunefront.workflow.StageContext;

/**
 * The migrate stage's transport set-up on the model grid — the arrays of {@link ModelLayers} and the forcing periods of
 * its {@link FluxScratchFile} — kept as {@value #FILE} in the migrate stage folder (an output like the others, listed
 * with its SHA-256 in the manifest), so that the plan stage's tipping-point runs start from it instead of repeating the
 * study-grid pass ({@link StudyGridPass}: every study raster decoded and block-aggregated, the native monthly flux
 * downscaled), which is most of the plan's time that is not the transport itself.
 *
 * <p><b>When the plan uses it</b> ({@link #reusable}): only when migrate's set-up provably equals the plan's — the rule
 * of {@link MigrateNoAction#sameSetUp} (same {@code migrate} and {@code drift} configuration sections, legend file
 * hashes, ingest and drift output hashes, software version) — the file is one of the outputs migrate's manifest lists,
 * and the file itself checks out: magic, {@link #FORMAT_VERSION}, the study size, block factor, model size and model
 * geotransform the plan computes, section sizes, the file size, and CRC-32C checksums of its header, layers and forcing.
 * Anything else makes the plan run the study-grid pass as before (a corrupt or truncated file with a warning naming the
 * file, the problem and the fix); a file that fails its checksums is never used, not even in part.
 *
 * <p><b>Format</b> (version 1; every number little-endian, so the bytes do not depend on the platform; the same set-up
 * gives the same bytes):
 * <pre>
 * header, {@value #HEADER_BYTES} bytes:
 *    0  8 bytes   magic "DFTSETUP"
 *    8  int32     format version (1)
 *   12  int32 × 5 study width, study height, block factor k, model width, model height
 *   32  float64×6 model geotransform (GDAL order: originX, pixelWidth, rowRotation, originY, colRotation, pixelHeight)
 *   80  int32 × 4 shelter sectors S (1..16), forcing periods P, asset classes A, flags (bit 0: initial thickness present, k &gt; 1)
 *   96  int64 × 2 layer section bytes, forcing section bytes
 *  112  int32 × 2 CRC-32C of the layer section, CRC-32C of the forcing section
 *  120  int32     reserved (0)
 *  124  int32     CRC-32C of header bytes 0..123
 * layer section (n = model width × model height): classes uint8[n], asset codes uint8[n], cover float32[n],
 *   roughness float32[n] (m), bed float32[n] (m, DEM nodata filled), [initial thickness float32[n] (m), when flagged],
 *   shelter uint16[n] (bit s: sheltered for wind from sector s), study cells per asset class int64[A]
 * forcing section: for each period p = 0..P−1: qx float32[n], then qy float32[n] (m³ m⁻¹ yr⁻¹; FluxScratchFile's layout)
 * </pre>
 * Written to a temporary name beside the target and moved into place. The plan reads the layers straight into the arrays
 * {@link ModelLayers} holds (4 MiB at a time), and the forcing is not loaded: the transport reads one period at a time
 * from the file ({@link FluxScratchFile#view}), after one streaming pass that checks its CRC. Size: 16 bytes per model
 * cell (20 with initial thickness) + 8 bytes per cell and period (at 20000² with 150 m cells, 4000² model cells and
 * monthly forcing: 1.86 GB).
 *
 * <p>Not thread-safe; every call opens and closes its own file.
 */
final class TransportSetUpCache {
    /** File name in the migrate stage folder. */
    static final String FILE = "transport_setup.bin";
    static final int FORMAT_VERSION = 1;
    static final int HEADER_BYTES = 128;
    private static final byte[] MAGIC = "DFTSETUP".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK_BYTES = 1 << 22;

    private TransportSetUpCache() { }

    /** Why a cache file cannot be used; the message names the file and the problem. */
    static final class Unusable extends Exception {
        /** True for damage (truncated, checksum), false for a cache of another set-up. */
        final boolean corrupt;

        Unusable(Path file, String problem, boolean corrupt) {
            super(file + ": " + problem);
            this.corrupt = corrupt;
        }
    }

    /** The plan's transport set-up read from the file; closing it closes the forcing's file (which stays). */
    record Loaded(ModelLayers layers, FluxScratchFile forcing) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            forcing.close();
        }
    }

    /**
     * Writes {@code layers} and the periods of {@code forcing} to {@code target} (a temporary name beside it first).
     * Streams the forcing 4 MiB at a time; holds no model-grid array of its own.
     */
    static void write(Path target, ModelLayers layers, FluxScratchFile forcing) throws IOException {
        write(target, layers, forcing, () -> false);
    }

    /**
     * Writes the file as {@link #write(Path, ModelLayers, FluxScratchFile)} does, on a thread of its own when
     * {@code beside} (the migrate stage's transport runs meanwhile: the layers and the forcing are only read, and the
     * write is mostly disk time), else before returning. {@link Pending#await} waits for it and rethrows its failure;
     * {@link Pending#close} stops an unfinished write and deletes its temporary file (the target is never half-written).
     */
    static Pending writeBeside(Path target, ModelLayers layers, FluxScratchFile forcing, boolean beside) throws IOException {
        Pending p = new Pending();
        if (!beside) {
            write(target, layers, forcing);
            p.done = true;
            return p;
        }
        p.thread = new Thread(() -> {
            try {
                write(target, layers, forcing, () -> p.stop);
            } catch (Throwable t) {
                p.failure = t;
            }
        }, "dunefront-transport-setup-writer");
        p.thread.setDaemon(true);
        p.thread.start();
        return p;
    }

    /** A write running beside the caller. */
    static final class Pending implements AutoCloseable {
        private Thread thread;
        private volatile boolean stop;
        private volatile Throwable failure;
        private boolean done;

        /** Waits for the write; rethrows what it threw. */
        void await() throws IOException {
            join();
            done = true;
            Throwable t = failure;
            if (t instanceof IOException io) throw io;
            if (t instanceof RuntimeException re) throw re;
            if (t instanceof Error er) throw er;
            if (t != null) throw new IllegalStateException(t);
        }

        private void join() {
            if (thread == null) return;
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }

        /** Stops the write unless {@link #await} was called, and waits for its thread (before the forcing is closed). */
        @Override
        public void close() {
            if (done) return;
            stop = true;
            join();
        }
    }

    /** The write; {@code stopped} is polled per 4 MiB chunk (true: IOException, temporary file deleted, no target). */
    static void write(Path target, ModelLayers layers, FluxScratchFile forcing,
                      java.util.function.BooleanSupplier stopped) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                Out out = new Out(ch, HEADER_BYTES, stopped);
                out.bytes(layers.codes);
                out.bytes(layers.assets);
                out.floats(layers.cover);
                out.floats(layers.roughnessM);
                out.floats(layers.bed);
                if (layers.initialThicknessM != null) out.floats(layers.initialThicknessM);
                out.shelter(layers.shelter);
                out.longs(layers.studyAssetCells);
                long layerBytes = out.endSection();
                int layerCrc = out.crc();
                forcing.forEachChunk(out::chunk);
                long forcingBytes = out.endSection();
                int forcingCrc = out.crc();
                ByteBuffer h = header(layers, forcing.periods(), layerBytes, forcingBytes, layerCrc, forcingCrc);
                while (h.hasRemaining()) ch.write(h, h.position());
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static ByteBuffer header(ModelLayers l, int periods, long layerBytes, long forcingBytes, int layerCrc,
                                     int forcingCrc) {
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        h.put(MAGIC).putInt(FORMAT_VERSION);
        h.putInt(l.study.width()).putInt(l.study.height()).putInt(l.agg.factor())
                .putInt(l.model.width()).putInt(l.model.height());
        for (double v : transform(l.model.transform())) h.putDouble(v);
        h.putInt(l.shelter.sectors()).putInt(periods).putInt(l.studyAssetCells.length)
                .putInt(l.initialThicknessM != null ? 1 : 0);
        h.putLong(layerBytes).putLong(forcingBytes).putInt(layerCrc).putInt(forcingCrc).putInt(0);
        CRC32C crc = new CRC32C();
        crc.update(h.array(), 0, HEADER_BYTES - 4);
        h.putInt((int) crc.getValue());
        return h.flip();
    }

    private static double[] transform(GeoTransform t) {
        return new double[] {t.originX(), t.pixelWidth(), t.rowRotation(), t.originY(), t.colRotation(), t.pixelHeight()};
    }

    /** Bytes of the layer section for {@code n} model cells. */
    static long layerBytes(long n, boolean initial, int assetClasses) {
        return n * (1 + 1 + 4 + 4 + 4 + (initial ? 4 : 0) + 2) + 8L * assetClasses;
    }

    /**
     * Migrate's transport set-up, when it provably equals the plan's ({@code agg}, {@code p}); otherwise empty and the
     * reason goes to the run's listener (info for another set-up, warning for a damaged file).
     */
    static Optional<Loaded> reusable(StageContext ctx, BlockAggregator agg, TransportParams p) throws IOException {
        Optional<Manifest> m = MigrateNoAction.sameSetUpMigrate(ctx);
        if (m.isEmpty()) {
            ctx.run().listener().info("plan: the migrate stage's transport set-up differs from the plan's (or is unknown); "
                    + "reading the study layers again");
            return Optional.empty();
        }
        if (m.get().outputs().stream().noneMatch(f -> f.path().equals(FILE))) {
            ctx.run().listener().info("plan: the migrate stage did not keep its transport set-up (" + FILE
                    + "); reading the study layers again");
            return Optional.empty();
        }
        Path file = ctx.upstream("migrate").resolve(FILE);
        try {
            Loaded l = read(file, expected(ctx, agg, p));
            ctx.run().listener().info("plan: transport set-up read from the migrate stage's " + FILE + " ("
                    + l.layers().model.width() + " x " + l.layers().model.height() + " model cells, "
                    + l.forcing().periods() + " forcing periods)");
            return Optional.of(l);
        } catch (Unusable e) {
            String what = "plan: the migrate stage's transport set-up is not used: " + e.getMessage()
                    + "; reading the study layers again";
            if (e.corrupt) {
                ctx.run().listener().warn(what + ". To repair it, re-run the migrate stage (dunefront migrate --from migrate)");
            } else {
                ctx.run().listener().info(what);
            }
            return Optional.empty();
        }
    }

    /** The model grid and legend-derived parts the plan's own pass would give. */
    record Expected(GridGeometry study, GridGeometry model, BlockAggregator agg, SurfaceLayers names) { }

    static Expected expected(StageContext ctx, BlockAggregator agg, TransportParams p) throws IOException {
        GridGeometry study = StageRasters.grid(ctx, ctx.upstream("ingest").resolve(org.dunefront.ingest.IngestOutputs.LANDCOVER));
        GridGeometry model = agg.factor() == 1 ? study : ModelLayers.modelGrid(study, agg);
        SurfaceLayers names = SurfaceLayers.of(StageLegend.of(ctx.run()), new byte[0], p.referenceRoughnessM());
        return new Expected(study, model, agg, names);
    }

    /**
     * Reads and checks the file against {@code e}: every check of the class comment. The forcing's checksum is
     * verified before the layers are allocated; on any failure nothing is returned and the file is closed.
     */
    static Loaded read(Path file, Expected e) throws IOException, Unusable {
        if (!Files.isRegularFile(file)) throw new Unusable(file, "missing", false);
        long size = Files.size(file);
        if (size < HEADER_BYTES) throw new Unusable(file, "truncated: " + size + " bytes, shorter than its header", true);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            while (h.hasRemaining()) if (ch.read(h, h.position()) < 0) throw new Unusable(file, "truncated header", true);
            h.flip();
            byte[] magic = new byte[MAGIC.length];
            h.get(magic);
            if (!Arrays.equals(magic, MAGIC)) throw new Unusable(file, "not a transport set-up file (magic)", true);
            CRC32C hc = new CRC32C();
            hc.update(h.array(), 0, HEADER_BYTES - 4);
            if (h.getInt(HEADER_BYTES - 4) != (int) hc.getValue()) throw new Unusable(file, "header checksum mismatch", true);
            int version = h.getInt();
            if (version != FORMAT_VERSION) {
                throw new Unusable(file, "format version " + version + ", this software reads " + FORMAT_VERSION, false);
            }
            int sw = h.getInt(), sh = h.getInt(), k = h.getInt(), mw = h.getInt(), mh = h.getInt();
            double[] t = new double[6];
            for (int i = 0; i < 6; i++) t[i] = h.getDouble();
            int sectors = h.getInt(), periods = h.getInt(), assetClasses = h.getInt(), flags = h.getInt();
            long layerBytes = h.getLong(), forcingBytes = h.getLong();
            int layerCrc = h.getInt(), forcingCrc = h.getInt();
            String mine = grid(e.study.width(), e.study.height(), e.agg.factor(), e.model.width(), e.model.height(),
                    transform(e.model.transform()));
            String theirs = grid(sw, sh, k, mw, mh, t);
            if (!mine.equals(theirs)) throw new Unusable(file, "set up for " + theirs + ", the plan needs " + mine, false);
            int assets = e.names.assetNames().size();
            if (assetClasses != assets) {
                throw new Unusable(file, assetClasses + " asset classes, the legend has " + assets, false);
            }
            boolean initial = (flags & 1) != 0;
            if (sectors < 1 || sectors > 16 || periods < 1 || initial != (k > 1) || (flags & ~1) != 0) {
                throw new Unusable(file, "inconsistent header (sectors " + sectors + ", periods " + periods + ", flags "
                        + flags + ")", true);
            }
            long n = (long) mw * mh;
            if (layerBytes != layerBytes(n, initial, assetClasses) || forcingBytes != 2L * periods * n * 4L) {
                throw new Unusable(file, "section sizes do not match the header's grid", true);
            }
            long want = HEADER_BYTES + layerBytes + forcingBytes;
            if (size != want) {
                throw new Unusable(file, (size < want ? "truncated: " : "too long: ") + size + " bytes, the header declares "
                        + want, true);
            }
            FluxScratchFile forcing = FluxScratchFile.view(file, HEADER_BYTES + layerBytes, periods, (int) n);
            try {
                CRC32C fc = new CRC32C();
                forcing.forEachChunk(fc::update);
                if ((int) fc.getValue() != forcingCrc) throw new Unusable(file, "forcing checksum mismatch", true);
                In in = new In(ch, HEADER_BYTES);
                int cells = (int) n;
                byte[] codes = in.bytes(cells), assetCodes = in.bytes(cells);
                float[] cover = in.floats(cells), rough = in.floats(cells), bed = in.floats(cells);
                float[] init = initial ? in.floats(cells) : null;
                ShelterMask shelter = in.shelter(cells, sectors);
                long[] assetCells = in.longs(assetClasses);
                if (in.crc() != layerCrc) throw new Unusable(file, "layer checksum mismatch", true);
                ModelLayers layers = new ModelLayers(e.study, e.model, e.agg, e.names.lookup(), codes, assetCodes, cover,
                        rough, shelter, bed, init, e.names.assetNames(), e.names.assetIsFarmland(), assetCells);
                return new Loaded(layers, forcing);
            } catch (Unusable | IOException | RuntimeException x) {
                forcing.close();
                throw x;
            }
        }
    }

    private static String grid(int sw, int sh, int k, int mw, int mh, double[] t) {
        return String.format(Locale.ROOT, "a %d x %d study grid, block factor %d, a %d x %d model grid with geotransform %s",
                sw, sh, k, mw, mh, Arrays.toString(t));
    }

    /** Sequential little-endian writer with a running CRC-32C per section. */
    private static final class Out {
        private final FileChannel ch;
        private final ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        private long pos;
        private long sectionStart;
        private CRC32C crc = new CRC32C();
        private int lastCrc;
        private final java.util.function.BooleanSupplier stopped;

        Out(FileChannel ch, long start, java.util.function.BooleanSupplier stopped) {
            this.ch = ch;
            this.pos = start;
            this.sectionStart = start;
            this.stopped = stopped;
        }

        void bytes(byte[] a) throws IOException {
            for (int done = 0; done < a.length; ) {
                int n = Math.min(CHUNK_BYTES, a.length - done);
                buf.clear();
                buf.put(a, done, n);
                flush();
                done += n;
            }
        }

        void floats(float[] a) throws IOException {
            for (int done = 0; done < a.length; ) {
                int n = Math.min(CHUNK_BYTES / 4, a.length - done);
                buf.clear();
                buf.asFloatBuffer().put(a, done, n);
                buf.position(4 * n);
                flush();
                done += n;
            }
        }

        void longs(long[] a) throws IOException {
            buf.clear();
            for (long v : a) buf.putLong(v);
            flush();
        }

        /** One 16-bit word per cell: bit s set when the cell is sheltered for wind from sector s. */
        void shelter(ShelterMask m) throws IOException {
            int cells = m.cellCount(), sectors = m.sectors();
            for (int done = 0; done < cells; ) {
                int n = Math.min(CHUNK_BYTES / 2, cells - done);
                buf.clear();
                for (int j = 0; j < n; j++) {
                    int word = 0;
                    for (int s = 0; s < sectors; s++) if (m.sheltered(done + j, s)) word |= 1 << s;
                    buf.putShort((short) word);
                }
                flush();
                done += n;
            }
        }

        /** Appends a chunk as it is (already little-endian). */
        void chunk(ByteBuffer b) throws IOException {
            if (stopped.getAsBoolean()) throw new IOException("stopped before the transport set-up file was complete");
            crc.update(b.duplicate());
            while (b.hasRemaining()) pos += ch.write(b, pos);
        }

        private void flush() throws IOException {
            buf.flip();
            chunk(buf);
        }

        /** Closes the current section: returns its length; {@link #crc()} is its checksum. */
        long endSection() {
            long len = pos - sectionStart;
            lastCrc = (int) crc.getValue();
            crc = new CRC32C();
            sectionStart = pos;
            return len;
        }

        int crc() { return lastCrc; }
    }

    /** Sequential little-endian reader into new arrays, with a running CRC-32C. */
    private static final class In {
        private final FileChannel ch;
        private final ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32C crc = new CRC32C();
        private long pos;

        In(FileChannel ch, long start) {
            this.ch = ch;
            this.pos = start;
        }

        /** The next {@code n} bytes (≤ one chunk) in {@code buf}, position 0, added to the checksum. */
        private void fill(int n) throws IOException {
            buf.clear();
            buf.limit(n);
            while (buf.hasRemaining()) {
                int got = ch.read(buf, pos);
                if (got < 0) throw new IOException("unexpected end of the transport set-up file");
                pos += got;
            }
            buf.flip();
            crc.update(buf);
            buf.rewind();
        }

        byte[] bytes(int n) throws IOException {
            byte[] a = new byte[n];
            for (int done = 0; done < n; ) {
                int k = Math.min(CHUNK_BYTES, n - done);
                fill(k);
                buf.get(a, done, k);
                done += k;
            }
            return a;
        }

        float[] floats(int n) throws IOException {
            float[] a = new float[n];
            for (int done = 0; done < n; ) {
                int k = Math.min(CHUNK_BYTES / 4, n - done);
                fill(4 * k);
                buf.asFloatBuffer().get(a, done, k);
                done += k;
            }
            return a;
        }

        long[] longs(int n) throws IOException {
            long[] a = new long[n];
            if (n == 0) return a;
            fill(8 * n);
            buf.asLongBuffer().get(a);
            return a;
        }

        ShelterMask shelter(int cells, int sectors) throws IOException {
            ShelterMask.Builder b = ShelterMask.builder(cells, sectors);
            short[] words = new short[Math.min(cells, CHUNK_BYTES / 2)];
            boolean[] flags = new boolean[words.length];
            for (int done = 0; done < cells; ) {
                int k = Math.min(words.length, cells - done);
                fill(2 * k);
                buf.asShortBuffer().get(words, 0, k);
                for (int s = 0; s < sectors; s++) {
                    boolean any = false;
                    for (int j = 0; j < k; j++) any |= flags[j] = (words[j] >>> s & 1) != 0;
                    if (any) b.mark(s, flags, done, k);
                }
                done += k;
            }
            return b.build();
        }

        int crc() { return (int) crc.getValue(); }
    }
}
