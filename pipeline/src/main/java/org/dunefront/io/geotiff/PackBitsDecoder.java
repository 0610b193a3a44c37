package org.dunefront.io.geotiff;

/** PackBits run-length decoder (TIFF 6.0 section 9, Apple Macintosh PackBits). */
final class PackBitsDecoder {
    private PackBitsDecoder() { }

    /** Decodes {@code src} into {@code out}; returns the number of bytes produced. */
    static int decode(byte[] src, byte[] out) {
        int i = 0, pos = 0;
        while (i < src.length && pos < out.length) {
            int n = src[i++];
            if (n >= 0) {
                int len = Math.min(n + 1, Math.min(out.length - pos, src.length - i));
                System.arraycopy(src, i, out, pos, len);
                i += n + 1;
                pos += len;
            } else if (n != -128) {
                if (i >= src.length) break;
                byte b = src[i++];
                int len = Math.min(1 - n, out.length - pos);
                for (int k = 0; k < len; k++) out[pos++] = b;
            }
        }
        return pos;
    }
}
