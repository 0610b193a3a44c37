package org.dunefront.io.geotiff;

/**
 * TIFF LZW decoder (TIFF 6.0 section 13): MSB-first codes of 9 to 12 bits, Clear = 256,
 * EndOfInformation = 257, code width growing one code early ("early change") as libtiff writes it.
 * The pre-1992 LSB-first variant is refused by the caller.
 */
final class LzwDecoder {
    private static final int CLEAR = 256;
    private static final int EOI = 257;
    private static final int FIRST_FREE = 258;
    private static final int MAX_CODES = 4096;

    private final int[] prefix = new int[MAX_CODES];
    private final byte[] suffix = new byte[MAX_CODES];
    private final byte[] first = new byte[MAX_CODES];
    private final int[] length = new int[MAX_CODES];

    private byte[] in;
    private int inPos;
    private long bitBuf;
    private int bitCount;

    LzwDecoder() {
        for (int i = 0; i < 256; i++) {
            prefix[i] = -1;
            suffix[i] = (byte) i;
            first[i] = (byte) i;
            length[i] = 1;
        }
    }

    /** True for the obsolete LSB-first LZW variant (starts with bytes 0x00 0x01). */
    static boolean isOldStyle(byte[] data) {
        return data.length >= 2 && data[0] == 0 && (data[1] & 0x1) != 0;
    }

    /**
     * Decodes {@code src} into exactly {@code expected} bytes (output beyond that is dropped).
     *
     * @return the number of bytes produced (less than {@code expected} for a short stream)
     * @throws IllegalStateException on an invalid code (corrupt data)
     */
    int decode(byte[] src, byte[] out) {
        in = src;
        inPos = 0;
        bitBuf = 0;
        bitCount = 0;
        int pos = 0;
        int width = 9;
        int next = FIRST_FREE;
        int old = -1;
        while (pos < out.length) {
            int code = readCode(width);
            if (code < 0 || code == EOI) break;
            if (code == CLEAR) {
                next = FIRST_FREE;
                width = 9;
                code = readCode(width);
                if (code < 0 || code == EOI) break;
                if (code > 255) throw new IllegalStateException("LZW code " + code + " after Clear");
                out[pos++] = (byte) code;
                old = code;
                continue;
            }
            if (old < 0) throw new IllegalStateException("LZW stream does not start with Clear");
            if (code < next) {
                pos = emit(code, out, pos);
                if (next < MAX_CODES) add(next++, old, first[code]);
            } else if (code == next && next < MAX_CODES) {
                add(next++, old, first[old]);
                pos = emit(code, out, pos);
            } else {
                throw new IllegalStateException("LZW code " + code + " beyond table size " + next);
            }
            old = code;
            if (next >= (1 << width) - 1 && width < 12) width++;
        }
        return pos;
    }

    private void add(int code, int pre, byte last) {
        prefix[code] = pre;
        suffix[code] = last;
        first[code] = first[pre];
        length[code] = length[pre] + 1;
    }

    private int emit(int code, byte[] out, int pos) {
        int len = length[code];
        int end = pos + len;
        int c = code;
        for (int i = end - 1; i >= pos; i--) {
            if (i < out.length) out[i] = suffix[c];
            c = prefix[c];
        }
        return Math.min(end, out.length);
    }

    private int readCode(int width) {
        while (bitCount < width) {
            if (inPos >= in.length) return -1;
            bitBuf = (bitBuf << 8) | (in[inPos++] & 0xFF);
            bitCount += 8;
        }
        int code = (int) ((bitBuf >>> (bitCount - width)) & ((1 << width) - 1));
        bitCount -= width;
        return code;
    }
}
