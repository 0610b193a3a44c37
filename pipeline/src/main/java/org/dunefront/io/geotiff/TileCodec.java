package org.dunefront.io.geotiff;

import java.util.Arrays;
import org.dunefront.error.DunefrontException;
import org.dunefront.grid.DataType;
import org.dunefront.io.geotiff.GeoTiffWriteOptions.Compression;

/**
 * Predictor + compression of one tile's bytes, for one file's settings. Pure function of the
 * input bytes (so the output never depends on which thread ran it); thread-safe.
 *
 * <p>Deflate tiles are always encoded by libdeflate ({@link NativeDeflate}), never by
 * {@code java.util.zip}: the two produce different (equally valid) streams, so a fallback would make
 * the output bytes depend on the machine. Without the JNI shim the writer refuses to start
 * ({@link #requireDeflateEncoder}).
 */
final class TileCodec {
    /** Output buffers up to this size are reused per thread (a 512² float64 tile's bound is about 2 MB). */
    private static final int SCRATCH_MAX_BYTES = 4 << 20;
    private static final ThreadScratch SCRATCH = new ThreadScratch(SCRATCH_MAX_BYTES);

    private final int tileSize;
    private final int bytesPerSample;
    private final Compression compression;
    private final int predictor;
    private final int deflateLevel;

    TileCodec(DataType type, int tileSize, Compression compression, int predictor, int deflateLevel) {
        if (compression == Compression.DEFLATE) requireDeflateEncoder();
        this.tileSize = tileSize;
        this.bytesPerSample = type.bytesPerSample();
        this.compression = compression;
        this.predictor = predictor;
        this.deflateLevel = deflateLevel;
    }

    /**
     * Fails with a message naming the missing library and the fix when libdeflate cannot be used: a
     * Deflate GeoTIFF is never written with another encoder (see the class comment).
     */
    static void requireDeflateEncoder() {
        if (NativeDeflate.available()) return;
        throw new DunefrontException(DunefrontException.EXIT_INTERNAL, "Deflate GeoTIFF writer",
                "libdeflate is not available: " + NativeDeflate.unavailableReason()
                        + ". Dunefront writes Deflate tiles only with libdeflate, so that outputs are byte-identical on every machine",
                "Install gcc and Debian's libdeflate-dev (scripts/install-deps.sh as root), then rebuild with scripts/build.sh",
                null);
    }

    /** Encodes {@code raw} (modified in place by the predictor) into the bytes stored in the file. */
    byte[] encode(byte[] raw) {
        if (predictor == 2) TilePredictor.horizontal(raw, tileSize, bytesPerSample);
        else if (predictor == 3) TilePredictor.floatingPoint(raw, tileSize, bytesPerSample);
        return switch (compression) {
            case NONE -> raw;
            case LZW -> LzwEncoder.encode(raw);
            case DEFLATE -> deflate(raw);
        };
    }

    /**
     * zlib stream (RFC 1950), as TIFF's "Adobe Deflate" compression (code 8) stores it, by libdeflate
     * at the same level number as zlib's (libdeflate's levels 1–9 trade speed for size like zlib's;
     * GDAL's libdeflate build maps ZLEVEL the same way).
     */
    private byte[] deflate(byte[] raw) {
        int bound = NativeDeflate.zlibCompressBound(raw.length);
        if (bound < 0) throw new IllegalStateException("tile of " + raw.length + " bytes is too large for Deflate");
        byte[] out = scratch(bound);
        int len = NativeDeflate.zlibCompress(deflateLevel, raw, raw.length, out, bound);
        if (len <= 0) throw new IllegalStateException("libdeflate failed on a tile of " + raw.length + " bytes (" + len + ")");
        return Arrays.copyOf(out, len);
    }

    private static byte[] scratch(int size) {
        return SCRATCH.atLeast(size);
    }
}
