package org.dunefront.io.geotiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.dunefront.error.InputDataException;

/**
 * Turns one strip or tile of the file into a primitive sample array: positional read,
 * decompression, predictor reversal and byte-order conversion, in that order. Deflate blocks are
 * decoded by libdeflate ({@link NativeDeflate}) when its JNI shim is loaded, else by
 * {@code java.util.zip}; Deflate decoding is deterministic, so both give the same samples (a block
 * libdeflate does not decode to exactly the expected length goes through {@code java.util.zip}, so
 * truncated or corrupt blocks fail the same way). The array type
 * follows the exposed data type: {@code byte[]} (int8/uint8), {@code short[]} (int16/uint16),
 * {@code int[]} (int32), {@code float[]} (float32), {@code double[]} (float64 and widened uint32).
 * Samples are in storage order (pixel-interleaved for planar configuration 1). Stateless and
 * thread-safe.
 */
final class BlockDecoder {
    /** Decoded blocks up to this size go to a reusable per-thread buffer (a 512² float64 tile is 2 MB). */
    private static final int SCRATCH_MAX_BYTES = 4 << 20;
    private static final ThreadScratch SCRATCH = new ThreadScratch(SCRATCH_MAX_BYTES);

    private final TiffFile file;
    private final ImageLayout layout;
    private final boolean nativeDeflate;

    /** A decoder that uses libdeflate for Deflate blocks when {@link NativeDeflate#available()}. */
    BlockDecoder(TiffFile file, ImageLayout layout) {
        this(file, layout, NativeDeflate.available());
    }

    /** @param nativeDeflate decode Deflate blocks with libdeflate (requires {@link NativeDeflate#available()}) */
    BlockDecoder(TiffFile file, ImageLayout layout, boolean nativeDeflate) {
        if (nativeDeflate && !NativeDeflate.available()) {
            throw new IllegalStateException("libdeflate is not available: " + NativeDeflate.unavailableReason());
        }
        this.file = file;
        this.layout = layout;
        this.nativeDeflate = nativeDeflate;
    }

    /** Samples of block {@code index} holding {@code rows} rows, or null for a sparse (absent) block. */
    Object decode(int index, int rows) throws IOException {
        long offset = layout.offsets[index];
        long count = layout.byteCounts[index];
        if (offset == 0 && count == 0) return null;
        int spp = layout.samplesPerBlockPixel();
        int samplesPerRow = layout.blockWidth * spp;
        int expected = samplesPerRow * rows * layout.bytesPerSample;
        int length = (int) Math.min(count, Integer.MAX_VALUE - 8);
        byte[] raw = file.read(offset, length, "block " + index).array();
        // 8-bit samples are returned as the decoded array itself; wider ones are copied out of it, so
        // their decoded bytes may go to this thread's reusable buffer.
        byte[] bytes = decompress(index, raw, expected, layout.bitsPerSample != 8);
        ByteOrder order = file.order();
        if (layout.predictor == TiffTags.PREDICTOR_FLOATING_POINT) {
            if (layout.bitsPerSample == 32) return Predictors.floatingPointToFloats(bytes, rows, samplesPerRow, spp);
            if (layout.bitsPerSample == 64) return Predictors.floatingPointToDoubles(bytes, rows, samplesPerRow, spp);
            Predictors.undoFloatingPoint(bytes, rows, samplesPerRow, layout.bytesPerSample, spp);
            order = ByteOrder.BIG_ENDIAN;
        }
        boolean horizontal = layout.predictor == TiffTags.PREDICTOR_HORIZONTAL;
        ByteBuffer bb = ByteBuffer.wrap(bytes).order(order);
        int n = samplesPerRow * rows;
        switch (layout.bitsPerSample) {
            case 8 -> {
                if (horizontal) Predictors.undoHorizontal(bytes, samplesPerRow, spp);
                return bytes;
            }
            case 16 -> {
                short[] s = new short[n];
                bb.asShortBuffer().get(s);
                if (horizontal) Predictors.undoHorizontal(s, samplesPerRow, spp);
                return s;
            }
            case 32 -> {
                if (layout.sampleFormat == TiffTags.SAMPLE_FORMAT_IEEEFP && !horizontal) {
                    float[] f = new float[n];
                    bb.asFloatBuffer().get(f);
                    return f;
                }
                int[] v = new int[n];
                bb.asIntBuffer().get(v);
                if (horizontal) Predictors.undoHorizontal(v, samplesPerRow, spp);
                if (layout.sampleFormat == TiffTags.SAMPLE_FORMAT_IEEEFP) {
                    float[] f = new float[n];
                    for (int i = 0; i < n; i++) f[i] = Float.intBitsToFloat(v[i]);
                    return f;
                }
                if (layout.isUnsigned32()) {
                    double[] d = new double[n];
                    for (int i = 0; i < n; i++) d[i] = v[i] & 0xFFFFFFFFL;
                    return d;
                }
                return v;
            }
            case 64 -> {
                double[] d = new double[n];
                if (!horizontal) {
                    bb.asDoubleBuffer().get(d);
                } else {
                    long[] v = new long[n];
                    bb.asLongBuffer().get(v);
                    Predictors.undoHorizontal(v, samplesPerRow, spp);
                    for (int i = 0; i < n; i++) d[i] = Double.longBitsToDouble(v[i]);
                }
                return d;
            }
            default -> throw new IllegalStateException("bits " + layout.bitsPerSample);
        }
    }

    private byte[] decompress(int index, byte[] raw, int expected, boolean scratch) {
        byte[] out;
        int produced;
        switch (layout.compression) {
            case NONE -> {
                if (raw.length >= expected) {
                    return raw.length == expected ? raw : java.util.Arrays.copyOf(raw, expected);
                }
                out = new byte[expected];
                System.arraycopy(raw, 0, out, 0, raw.length);
                produced = raw.length;
            }
            case PACKBITS -> {
                out = new byte[expected];
                produced = PackBitsDecoder.decode(raw, out);
            }
            case LZW -> {
                if (LzwDecoder.isOldStyle(raw)) {
                    throw new InputDataException(file.name(), "old-style (pre-TIFF 6) LZW compression is not supported",
                            ImageLayout.GDAL_FIX);
                }
                out = new byte[expected];
                try {
                    produced = new LzwDecoder().decode(raw, out);
                } catch (IllegalStateException e) {
                    throw corruptBlock(index, e.getMessage());
                }
            }
            case DEFLATE, DEFLATE_ADOBE -> {
                out = scratch ? scratch(expected) : new byte[expected];
                if (nativeDeflate && NativeDeflate.zlibDecompress(raw, raw.length, out, expected) == expected) {
                    return out;
                }
                // java.util.zip: without the native library, and for every stream libdeflate does not
                // decode to exactly the expected length (more data, a truncated or corrupt stream, a bad
                // checksum), so that such blocks behave exactly as without it.
                produced = inflate(index, raw, out, expected);
            }
            default -> throw new IllegalStateException(layout.compression.name());
        }
        if (produced < expected) {
            throw corruptBlock(index, "it decodes to " + produced + " bytes instead of " + expected);
        }
        return out;
    }

    /** This thread's reusable buffer of at least {@code size} bytes (a fresh array beyond {@link #SCRATCH_MAX_BYTES}). */
    private static byte[] scratch(int size) {
        return SCRATCH.atLeast(size);
    }

    /** Decodes the zlib stream {@code raw} with java.util.zip into {@code out}, at most {@code expected} bytes. */
    private int inflate(int index, byte[] raw, byte[] out, int expected) {
        Inflater inf = new Inflater();
        try {
            inf.setInput(raw);
            int produced = 0;
            while (produced < expected && !inf.finished()) {
                int n = inf.inflate(out, produced, expected - produced);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) break;
                produced += n;
            }
            return produced;
        } catch (DataFormatException e) {
            throw corruptBlock(index, "Deflate data error: " + e.getMessage());
        } finally {
            inf.end();
        }
    }

    private InputDataException corruptBlock(int index, String why) {
        return new InputDataException(file.name(), "block " + index + " cannot be decoded (" + why
                + "); the file is truncated or corrupt", "Re-download or re-export the file (check it with gdalinfo -checksum)");
    }
}
