package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.dunefront.error.InputDataException;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * libdeflate (the JNI shim) and java.util.zip decode the same bytes: block by block on every
 * Deflate-compressed real GeoTIFF of the test data (strips and tiles, 8 to 64 bits, predictors 1–3,
 * pixel-interleaved, BigTIFF, COG), both as raw zlib streams and as decoded samples; and corrupt
 * streams fail the same way on both paths.
 */
class NativeDeflateEquivalenceTest {

    @BeforeAll
    static void shimIsBuilt() {
        // The Maven build compiles the shim into target/native (pipeline/src/main/c/build-native.sh).
        assertTrue(NativeDeflate.available(), "libdeflate shim not loaded: " + NativeDeflate.unavailableReason());
        assertEquals("1.14", NativeDeflate.libdeflateVersion(), "Debian bookworm's libdeflate-dev");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "dem/zion_srtm_wgs84.tif",                                          // uint16 strips
            "landcover/zion_nlcd2011.tif",                                      // byte strips, palette
            "wind/era5_u10_swus_19950714T12.tif",                               // float32, predictor 3
            "encodings/derived/zion_float64_deflate_pred3_bigtiff.tif",         // float64 BigTIFF strips
            "encodings/derived/zion_int16_deflate_pred2_tiled256.tif",          // int16 tiles, predictor 2
            "encodings/derived/zion_float32_albers5070.tif",                    // float32
            "encodings/derived/zion_uint16_cog_deflate.tif",                    // COG
            "encodings/original/spDataLarge_mongon_ep_4band_pixelinterleave.tif", // 4 bands, pixel-interleaved
            "encodings/original/tiffjava_deflate_predictor_tiled_15band.tiff",  // 15 bands, tiles
            "encodings/original/rasterio_RGBA.uint16.tif",
    })
    void nativeAndJavaDecodeIdenticalBlocks(String relative) throws Exception {
        Path path = RealData.file(relative);
        try (TiffFile file = TiffFile.open(path)) {
            ImageLayout layout = ImageLayout.of(file, IfdReader.firstFullResolution(file));
            assertTrue(layout.compression.isDeflate(), relative + " is Deflate-compressed");
            BlockDecoder viaNative = new BlockDecoder(file, layout, true);
            BlockDecoder viaJava = new BlockDecoder(file, layout, false);
            int planes = layout.planarSeparate ? layout.samplesPerPixel : 1;
            int blocks = 0;
            long decodedBytes = 0;
            for (int plane = 0; plane < planes; plane++) {
                for (int br = 0; br < layout.blocksDown; br++) {
                    int rows = layout.rowsInBlock(br);
                    for (int bc = 0; bc < layout.blocksAcross; bc++) {
                        int index = layout.blockIndex(plane, bc, br);
                        if (layout.byteCounts[index] == 0) continue;
                        byte[] stream = file.read(layout.offsets[index], (int) layout.byteCounts[index], "block").array();
                        int expected = layout.blockWidth * layout.samplesPerBlockPixel() * rows * layout.bytesPerSample;
                        byte[] a = new byte[expected];
                        assertEquals(expected, NativeDeflate.zlibDecompress(stream, stream.length, a, expected),
                                relative + " block " + index + ": libdeflate length");
                        assertArrayEquals(inflate(stream, expected), a, relative + " block " + index + ": bytes");
                        assertSameSamples(viaJava.decode(index, rows), viaNative.decode(index, rows), relative + " block " + index);
                        blocks++;
                        decodedBytes += expected;
                    }
                }
            }
            assertTrue(blocks > 0 && decodedBytes > 0, relative + ": no block compared");
        }
    }

    @Test
    void corruptAndTruncatedStreamsAreRefusedAsByJavaUtilZip() {
        byte[] data = new byte[4096];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31 % 251);
        byte[] stream = deflate(data);
        // A complete stream decodes to the data on both paths.
        byte[] out = new byte[data.length];
        assertEquals(data.length, NativeDeflate.zlibDecompress(stream, stream.length, out, out.length));
        assertArrayEquals(data, out);
        // A stream holding fewer bytes than the block needs: its length (the decoder then uses java.util.zip,
        // which produces as few, and reports the block as corrupt).
        byte[] big = new byte[data.length + 10];
        assertEquals(data.length, NativeDeflate.zlibDecompress(stream, stream.length, big, big.length));
        // More bytes than the block holds: INSUFFICIENT_SPACE (the decoder then uses java.util.zip, which stops at the block size).
        byte[] small = new byte[data.length - 10];
        assertEquals(NativeDeflate.INSUFFICIENT_SPACE, NativeDeflate.zlibDecompress(stream, stream.length, small, small.length));
        // Truncated stream and flipped bits: BAD_DATA (or a short result), never a success.
        int r = NativeDeflate.zlibDecompress(stream, stream.length / 2, out, out.length);
        assertTrue(r < 0, "truncated stream gives " + r);
        byte[] flipped = stream.clone();
        flipped[0] ^= 0x0F; // zlib header checksum broken
        assertEquals(NativeDeflate.BAD_DATA, NativeDeflate.zlibDecompress(flipped, flipped.length, out, out.length));
    }

    @Test
    void corruptBlockFailsWithTheSameMessageOnBothPaths(@TempDir Path tmp) throws Exception {
        // A real float32 Deflate file whose first block has its second half zeroed.
        Path copy = tmp.resolve("corrupt.tif");
        Files.copy(RealData.file("wind/era5_u10_swus_19950714T12.tif"), copy);
        long offset;
        int count;
        try (TiffFile file = TiffFile.open(copy)) {
            ImageLayout layout = ImageLayout.of(file, IfdReader.firstFullResolution(file));
            offset = layout.offsets[0];
            count = (int) layout.byteCounts[0];
        }
        try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(count - count / 2), offset + count / 2);
        }
        try (TiffFile file = TiffFile.open(copy)) {
            ImageLayout layout = ImageLayout.of(file, IfdReader.firstFullResolution(file));
            InputDataException viaNative = assertThrows(InputDataException.class,
                    () -> new BlockDecoder(file, layout, true).decode(0, layout.rowsInBlock(0)));
            InputDataException viaJava = assertThrows(InputDataException.class,
                    () -> new BlockDecoder(file, layout, false).decode(0, layout.rowsInBlock(0)));
            assertEquals(viaJava.getMessage(), viaNative.getMessage());
            assertTrue(viaJava.getMessage().contains("block 0 cannot be decoded"), viaJava.getMessage());
        }
    }

    private static void assertSameSamples(Object expected, Object actual, String what) {
        if (expected instanceof byte[] e) assertArrayEquals(e, (byte[]) actual, what);
        else if (expected instanceof short[] e) assertArrayEquals(e, (short[]) actual, what);
        else if (expected instanceof int[] e) assertArrayEquals(e, (int[]) actual, what);
        else if (expected instanceof float[] e) assertArrayEquals(e, (float[]) actual, what);
        else assertArrayEquals((double[]) expected, (double[]) actual, what);
    }

    private static byte[] inflate(byte[] stream, int expected) throws Exception {
        Inflater inf = new Inflater();
        try {
            inf.setInput(stream);
            byte[] out = new byte[expected];
            int n = 0;
            while (n < expected && !inf.finished()) n += inf.inflate(out, n, expected - n);
            assertEquals(expected, n, "java.util.zip length");
            return out;
        } finally {
            inf.end();
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(6);
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[data.length * 2 + 64];
        int n = d.deflate(buf);
        d.end();
        return java.util.Arrays.copyOf(buf, n);
    }
}
