package org.dunefront.io.geotiff;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The two TIFF predictors, applied in place to the little-endian bytes of a tile, row by row
 * (one sample per pixel: tiles are band-separate).
 *
 * <ul>
 *   <li>Horizontal differencing, TIFF 6.0 specification section 14 (Predictor = 2): each sample
 *       is replaced by its difference to the previous sample of the row, modulo 2<sup>bits</sup>.
 *   <li>Floating-point predictor, Adobe TIFF Technical Note 3 (Predictor = 3) as libtiff's
 *       {@code fpDiff} implements it: the bytes of a row are regrouped by significance (all most
 *       significant bytes first, then the next, ...), then byte-wise horizontal differencing.
 * </ul>
 */
final class TilePredictor {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private TilePredictor() { }

    /** Predictor 2 on rows of {@code rowSamples} samples of {@code bytesPerSample} bytes. */
    static void horizontal(byte[] tile, int rowSamples, int bytesPerSample) {
        int rowBytes = rowSamples * bytesPerSample;
        for (int base = 0; base < tile.length; base += rowBytes) {
            switch (bytesPerSample) {
                case 1 -> {
                    byte prev = tile[base];
                    for (int i = base + 1; i < base + rowBytes; i++) {
                        byte cur = tile[i];
                        tile[i] = (byte) (cur - prev);
                        prev = cur;
                    }
                }
                case 2 -> {
                    short prev = (short) SHORT.get(tile, base);
                    for (int i = base + 2; i < base + rowBytes; i += 2) {
                        short cur = (short) SHORT.get(tile, i);
                        SHORT.set(tile, i, (short) (cur - prev));
                        prev = cur;
                    }
                }
                case 4 -> {
                    int prev = (int) INT.get(tile, base);
                    for (int i = base + 4; i < base + rowBytes; i += 4) {
                        int cur = (int) INT.get(tile, i);
                        INT.set(tile, i, cur - prev);
                        prev = cur;
                    }
                }
                case 8 -> {
                    long prev = (long) LONG.get(tile, base);
                    for (int i = base + 8; i < base + rowBytes; i += 8) {
                        long cur = (long) LONG.get(tile, i);
                        LONG.set(tile, i, cur - prev);
                        prev = cur;
                    }
                }
                default -> throw new IllegalArgumentException("bytes per sample " + bytesPerSample);
            }
        }
    }

    /** Predictor 3 (floating point) on rows of {@code rowSamples} little-endian samples. */
    static void floatingPoint(byte[] tile, int rowSamples, int bytesPerSample) {
        int rowBytes = rowSamples * bytesPerSample;
        byte[] shuffled = new byte[rowBytes];
        for (int base = 0; base < tile.length; base += rowBytes) {
            // Byte plane p holds byte (bps - 1 - p) of every sample: most significant bytes first.
            if (bytesPerSample == 4) {
                // Float32 (the common case): one little-endian int load per sample instead of four
                // strided byte loads; the same planes.
                int n = rowSamples;
                for (int s = 0; s < n; s++) {
                    int v = (int) INT.get(tile, base + 4 * s);
                    shuffled[s] = (byte) (v >>> 24);
                    shuffled[n + s] = (byte) (v >>> 16);
                    shuffled[2 * n + s] = (byte) (v >>> 8);
                    shuffled[3 * n + s] = (byte) v;
                }
            } else for (int b = 0; b < bytesPerSample; b++) {
                int plane = (bytesPerSample - 1 - b) * rowSamples;
                for (int s = 0, src = base + b; s < rowSamples; s++, src += bytesPerSample) {
                    shuffled[plane + s] = tile[src];
                }
            }
            tile[base] = shuffled[0];
            for (int i = 1; i < rowBytes; i++) tile[base + i] = (byte) (shuffled[i] - shuffled[i - 1]);
        }
    }
}
