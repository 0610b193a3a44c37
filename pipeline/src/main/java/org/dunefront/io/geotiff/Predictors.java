package org.dunefront.io.geotiff;

/**
 * Reverses TIFF predictors on decoded blocks.
 * <ul>
 *   <li>Predictor 2, horizontal differencing (TIFF 6.0 section 14): each sample stores the
 *       difference to the previous sample of the same band in the row; reversed by a running sum
 *       in the sample's own integer width (wrap-around arithmetic).</li>
 *   <li>Predictor 3, floating point (Adobe Photoshop TIFF Technical Note 3, 2005): each row's
 *       samples are split into byte planes, most significant byte first, and then byte-differenced;
 *       reversed by a byte running sum and re-interleaving. The result is big-endian whatever the
 *       file's byte order (as libtiff's {@code fpAcc}).</li>
 * </ul>
 */
final class Predictors {
    private static final java.lang.invoke.VarHandle INT_BE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.BIG_ENDIAN);

    private Predictors() { }

    /** Reverses horizontal differencing on 8-bit lanes, row by row, with {@code stride} samples per pixel. */
    static void undoHorizontal(byte[] a, int rowLen, int stride) {
        for (int row = 0; row + rowLen <= a.length; row += rowLen) {
            for (int k = 0; k < stride; k++) {
                byte acc = a[row + k];
                for (int i = row + k + stride; i < row + rowLen; i += stride) {
                    acc += a[i];
                    a[i] = acc;
                }
            }
        }
    }

    static void undoHorizontal(short[] a, int rowLen, int stride) {
        for (int row = 0; row + rowLen <= a.length; row += rowLen) {
            for (int k = 0; k < stride; k++) {
                short acc = a[row + k];
                for (int i = row + k + stride; i < row + rowLen; i += stride) {
                    acc += a[i];
                    a[i] = acc;
                }
            }
        }
    }

    static void undoHorizontal(int[] a, int rowLen, int stride) {
        for (int row = 0; row + rowLen <= a.length; row += rowLen) {
            for (int k = 0; k < stride; k++) {
                int acc = a[row + k];
                for (int i = row + k + stride; i < row + rowLen; i += stride) {
                    acc += a[i];
                    a[i] = acc;
                }
            }
        }
    }

    static void undoHorizontal(long[] a, int rowLen, int stride) {
        for (int row = 0; row + rowLen <= a.length; row += rowLen) {
            for (int k = 0; k < stride; k++) {
                long acc = a[row + k];
                for (int i = row + k + stride; i < row + rowLen; i += stride) {
                    acc += a[i];
                    a[i] = acc;
                }
            }
        }
    }

    /**
     * Reverses the floating-point predictor in place.
     *
     * @param buf           decoded bytes of the block, rows of {@code samplesPerRow · bytesPerSample} bytes
     * @param rows          number of rows in {@code buf}
     * @param samplesPerRow samples in one row (width × samples per pixel)
     * @param bytesPerSample 4 or 8
     * @param stride        samples per pixel (the byte-difference distance)
     */
    static void undoFloatingPoint(byte[] buf, int rows, int samplesPerRow, int bytesPerSample, int stride) {
        int rowBytes = samplesPerRow * bytesPerSample;
        byte[] tmp = new byte[rowBytes];
        for (int r = 0; r < rows; r++) {
            int base = r * rowBytes;
            accumulate(buf, base, base + rowBytes, stride);
            System.arraycopy(buf, base, tmp, 0, rowBytes);
            if (bytesPerSample == 4) {
                // Float32 (the common case): one big-endian int store per sample instead of four byte
                // stores; the same bytes (this loop was the reader's hot spot in scripts/bench.sh blocks).
                int n = samplesPerRow, p1 = n, p2 = 2 * n, p3 = 3 * n;
                for (int s = 0; s < n; s++) {
                    INT_BE.set(buf, base + 4 * s, (tmp[s] << 24) | ((tmp[p1 + s] & 0xFF) << 16)
                            | ((tmp[p2 + s] & 0xFF) << 8) | (tmp[p3 + s] & 0xFF));
                }
                continue;
            }
            for (int s = 0; s < samplesPerRow; s++) {
                int o = base + s * bytesPerSample;
                for (int b = 0; b < bytesPerSample; b++) buf[o + b] = tmp[b * samplesPerRow + s];
            }
        }
    }

    /**
     * Reverses the floating-point predictor on float32 data and assembles the samples directly from
     * the byte planes (no intermediate re-interleaving), for speed on large tiles.
     */
    static float[] floatingPointToFloats(byte[] buf, int rows, int samplesPerRow, int stride) {
        float[] out = new float[rows * samplesPerRow];
        int n = samplesPerRow;
        for (int r = 0; r < rows; r++) {
            int base = r * n * 4;
            accumulate(buf, base, base + n * 4, stride);
            int o = r * n;
            for (int s = 0; s < n; s++) {
                int bits = (buf[base + s] & 0xFF) << 24 | (buf[base + n + s] & 0xFF) << 16
                        | (buf[base + 2 * n + s] & 0xFF) << 8 | (buf[base + 3 * n + s] & 0xFF);
                out[o + s] = Float.intBitsToFloat(bits);
            }
        }
        return out;
    }

    /** As {@link #floatingPointToFloats} for float64 data. */
    static double[] floatingPointToDoubles(byte[] buf, int rows, int samplesPerRow, int stride) {
        double[] out = new double[rows * samplesPerRow];
        int n = samplesPerRow;
        for (int r = 0; r < rows; r++) {
            int base = r * n * 8;
            accumulate(buf, base, base + n * 8, stride);
            int o = r * n;
            for (int s = 0; s < n; s++) {
                long bits = 0;
                for (int b = 0; b < 8; b++) bits = bits << 8 | (buf[base + b * n + s] & 0xFF);
                out[o + s] = Double.longBitsToDouble(bits);
            }
        }
        return out;
    }

    private static final java.lang.invoke.VarHandle LONG_LE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL, HIGH1 = 0x8080808080808080L, ONES = 0x0101010101010101L;

    /** Eight independent byte additions modulo 256 in one long (no carry between bytes). */
    private static long addBytes(long a, long b) {
        return ((a & LOW7) + (b & LOW7)) ^ ((a ^ b) & HIGH1);
    }

    /** Running byte sum over [from, to) with distance {@code stride}, one register accumulator per lane. */
    static void accumulate(byte[] buf, int from, int to, int stride) {
        if (stride == 1) {
            // One band (the common case): eight bytes per step, the prefix sum inside a long by three
            // shifted byte-wise additions, plus the running sum of the previous bytes in every byte.
            long acc = 0;
            int i = from;
            for (; i + 8 <= to; i += 8) {
                long x = (long) LONG_LE.get(buf, i);
                x = addBytes(x, x << 8);
                x = addBytes(x, x << 16);
                x = addBytes(x, x << 32);
                x = addBytes(x, acc * ONES);
                LONG_LE.set(buf, i, x);
                acc = x >>> 56;
            }
            byte a = (byte) acc;
            for (; i < to; i++) {
                a += buf[i];
                buf[i] = a;
            }
            return;
        }
        for (int k = 0; k < stride; k++) {
            byte acc = buf[from + k];
            for (int i = from + k + stride; i < to; i += stride) {
                acc += buf[i];
                buf[i] = acc;
            }
        }
    }
}
