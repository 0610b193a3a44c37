package org.dunefront.io.geotiff;

import java.util.Arrays;

/**
 * TIFF LZW compression (TIFF 6.0 specification section 13): codes of 9 to 12 bits written most
 * significant bit first, ClearCode 256, EndOfInformation 257, and the "early change" code-width
 * switch that libtiff's encoder uses (the width grows as soon as the next free code no longer
 * fits). The table is reset with a ClearCode when it is full. Stateless; thread-safe.
 */
final class LzwEncoder {
    private static final int CLEAR = 256;
    private static final int EOI = 257;
    private static final int FIRST = 258;
    private static final int MAX_CODE = 4095;
    private static final int HASH_BITS = 14;
    private static final int HASH_SIZE = 1 << HASH_BITS;

    private LzwEncoder() { }

    static byte[] encode(byte[] in) {
        BitWriter out = new BitWriter(in.length / 2 + 64);
        int[] keys = new int[HASH_SIZE];
        int[] codes = new int[HASH_SIZE];
        int nbits = 9;
        int maxcode = (1 << nbits) - 1;
        int free = FIRST;
        out.put(CLEAR, nbits);
        if (in.length == 0) {
            out.put(EOI, nbits);
            return out.toArray();
        }
        int ent = in[0] & 0xFF;
        for (int i = 1; i < in.length; i++) {
            int c = in[i] & 0xFF;
            int key = ((ent << 8) | c) + 1; // + 1: 0 marks an empty slot
            int h = (key * 0x9E3779B1) >>> (32 - HASH_BITS);
            int found = -1;
            while (keys[h] != 0) {
                if (keys[h] == key) {
                    found = codes[h];
                    break;
                }
                h = (h + 1) & (HASH_SIZE - 1);
            }
            if (found >= 0) {
                ent = found;
                continue;
            }
            out.put(ent, nbits);
            keys[h] = key;
            codes[h] = free++;
            ent = c;
            if (free == MAX_CODE - 1) {
                out.put(CLEAR, nbits);
                Arrays.fill(keys, 0);
                free = FIRST;
                nbits = 9;
                maxcode = (1 << nbits) - 1;
            } else if (free > maxcode) {
                nbits++;
                maxcode = (1 << nbits) - 1;
            }
        }
        out.put(ent, nbits);
        free++;
        if (free == MAX_CODE - 1) {
            out.put(CLEAR, nbits);
            nbits = 9;
        } else if (free > maxcode) {
            nbits++;
        }
        out.put(EOI, nbits);
        return out.toArray();
    }

    /** Most-significant-bit-first code writer. */
    private static final class BitWriter {
        private byte[] buf;
        private int len;
        private long acc;
        private int accBits;

        BitWriter(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        void put(int code, int bits) {
            acc = (acc << bits) | code;
            accBits += bits;
            while (accBits >= 8) {
                accBits -= 8;
                if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                buf[len++] = (byte) (acc >>> accBits);
            }
        }

        byte[] toArray() {
            if (accBits > 0) {
                if (len == buf.length) buf = Arrays.copyOf(buf, buf.length + 1);
                buf[len++] = (byte) (acc << (8 - accBits));
                accBits = 0;
            }
            return Arrays.copyOf(buf, len);
        }
    }
}
