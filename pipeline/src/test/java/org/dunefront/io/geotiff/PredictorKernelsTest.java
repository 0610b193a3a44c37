package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast predictor kernels (eight-bytes-at-a-time running sum, int-wise float32 byte-plane split)
 * against the definitions, byte by byte, on hand-checked and seeded random rows of every length
 * from 1 to 70 bytes (so every tail length after the eight-byte steps occurs).
 */
class PredictorKernelsTest {

    @Test
    void runningByteSumByHand() {
        // 200 + 100 = 300 = 44 (mod 256); 44 + 255 = 299 = 43; ... the first byte stays itself.
        byte[] b = {(byte) 200, 100, (byte) 255, 1, 2, 3, 4, 5, 6, 10};
        Predictors.accumulate(b, 0, b.length, 1);
        assertArrayEquals(new byte[] {(byte) 200, 44, 43, 44, 46, 49, 53, 58, 64, 74}, b);
    }

    @Test
    void runningByteSumEqualsDefinitionOnRandomRows() {
        SplittableRandom rnd = new SplittableRandom(8);
        for (int len = 1; len <= 70; len++) {
            for (int from : new int[] {0, 3}) {
                byte[] data = new byte[from + len + 5];
                for (int i = 0; i < data.length; i++) data[i] = (byte) rnd.nextInt(256);
                byte[] expected = data.clone();
                int acc = 0;
                for (int i = from; i < from + len; i++) {
                    acc = (acc + expected[i]) & 0xFF;
                    expected[i] = (byte) acc;
                }
                Predictors.accumulate(data, from, from + len, 1);
                assertArrayEquals(expected, data, "length " + len + " from " + from);
            }
        }
    }

    @Test
    void floatingPointPredictorRoundTripsAndMatchesTheDefinition() {
        SplittableRandom rnd = new SplittableRandom(9);
        int samples = 37, rows = 3;
        byte[] tile = new byte[samples * rows * 4];
        for (int i = 0; i < tile.length; i++) tile[i] = (byte) rnd.nextInt(256);
        byte[] original = tile.clone();
        TilePredictor.floatingPoint(tile, samples, 4);
        // Definition (Adobe TIFF Technical Note 3): per row, byte plane p = byte (3 - p) of each
        // little-endian sample, then byte differences along the row.
        for (int r = 0; r < rows; r++) {
            byte[] planes = new byte[samples * 4];
            for (int s = 0; s < samples; s++) {
                for (int p = 0; p < 4; p++) planes[p * samples + s] = original[r * samples * 4 + 4 * s + (3 - p)];
            }
            for (int i = 0; i < planes.length; i++) {
                byte expected = (byte) (planes[i] - (i == 0 ? 0 : planes[i - 1]));
                assertEquals(expected, tile[r * samples * 4 + i], "row " + r + " byte " + i);
            }
        }
        // The reader's reversal gives back the samples (as big-endian floats' bits).
        float[] back = Predictors.floatingPointToFloats(tile, rows, samples, 1);
        for (int i = 0; i < back.length; i++) {
            int bits = (original[4 * i] & 0xFF) | (original[4 * i + 1] & 0xFF) << 8
                    | (original[4 * i + 2] & 0xFF) << 16 | (original[4 * i + 3] & 0xFF) << 24;
            assertEquals(bits, Float.floatToRawIntBits(back[i]), "sample " + i);
        }
    }
}
