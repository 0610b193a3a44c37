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
            for (int i = row + stride; i < row + rowLen; i++) a[i] += a[i - stride];
        }
    }

    static void undoHorizontal(short[] a, int rowLen, int stride) {
        for (int row = 0; row + rowLen <= a.length; row += rowLen) {
            for (int i = row + stride; i < row + rowLen; i++) a[i] += a[i - stride];
        }
    }

    static void undoHorizontal(int[] a, int rowLen, int stride) {
        for (int row = 0; row + rowLen <= a.length; row += rowLen) {
            for (int i = row + stride; i < row + rowLen; i++) a[i] += a[i - stride];
        }
    }

    static void undoHorizontal(long[] a, int rowLen, int stride) {
        for (int row = 0; row + rowLen <= a.length; row += rowLen) {
            for (int i = row + stride; i < row + rowLen; i++) a[i] += a[i - stride];
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
            for (int i = base + stride; i < base + rowBytes; i++) buf[i] += buf[i - stride];
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
}
