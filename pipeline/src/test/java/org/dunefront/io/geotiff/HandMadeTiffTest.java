package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dunefront.grid.DataType;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Encodings no real file here covers, built byte by byte by {@link TinyTiff}: big-endian float64
 * with the floating-point predictor, BigTIFF big-endian, multi-band band-interleaved tiles with
 * predictor 2, uint32 (exposed as FLOAT64), int8 with predictor 2, PackBits. Expected values come
 * from the formula that generated them.
 */
class HandMadeTiffTest {
    @TempDir
    Path tmp;

    /** value(band, col, row): distinct, signed, with fractions for float types. */
    static double value(int bits, int format, int band, int c, int r) {
        double base = (c * 7 + r * 13 + band * 31) % 101 - 50;
        if (format == 3) return base * 1.25 + Math.sin(c + r * 0.5 + band) * 1e-3;
        if (format == 2) return bits == 8 ? base * 2 : base * 600;
        return bits == 32 ? 4_000_000_000.0 - (c * 7 + r * 13 + band * 31) : Math.abs(base) * (bits == 8 ? 5 : 1300);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // name, endian, bigtiff, bits, format, bands, planar, tileW, tileH, rowsPerStrip, compression, predictor, expected type
            "float64 BE deflate pred3 tiles,    BE, false, 64, 3, 1, false, 16, 16, 0, 8, 3, FLOAT64",
            "float64 BE BigTIFF pred3 strips,   BE, true,  64, 3, 2, false, 0, 0, 3, 8, 3, FLOAT64",
            "float32 LE pred3 3-band pixel,     LE, false, 32, 3, 3, false, 16, 8, 0, 8, 3, FLOAT32",
            "float32 BE pred2 strips,           BE, false, 32, 3, 1, false, 0, 0, 4, 8, 2, FLOAT32",
            "uint16 BE pred2 band-interleaved,  BE, false, 16, 1, 3, true, 16, 16, 0, 8, 2, UINT16",
            "int16 LE BigTIFF pred2 pixel,      LE, true,  16, 2, 2, false, 0, 0, 5, 8, 2, INT16",
            "int8 pred2 strips,                 LE, false,  8, 2, 1, false, 0, 0, 7, 8, 2, INT8",
            "uint32 as float64,                 LE, false, 32, 1, 1, false, 0, 0, 6, 8, 2, FLOAT64",
            "int32 BE packbits band-interleaved, BE, false, 32, 2, 2, true, 0, 0, 4, 32773, 1, INT32",
            "uint8 packbits tiles,              LE, false,  8, 1, 1, false, 16, 16, 0, 32773, 1, UINT8",
    })
    void decodesExactly(String name, String endian, boolean big, int bits, int format, int nBands, boolean planar,
                        int tileW, int tileH, int rps, int compression, int predictor, DataType expectedType) throws Exception {
        int w = 37, h = 23;
        double[][] bands = new double[nBands][w * h];
        for (int b = 0; b < nBands; b++) {
            for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) bands[b][r * w + c] = value(bits, format, b, c, r);
        }
        TinyTiff t = new TinyTiff(w, h, bands);
        t.order = endian.equals("BE") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        t.bigTiff = big;
        t.bits = bits;
        t.sampleFormat = format;
        t.planarSeparate = planar;
        t.tileWidth = tileW;
        t.tileHeight = tileH;
        if (rps > 0) t.rowsPerStrip = rps;
        t.compression = compression;
        t.predictor = predictor;
        t.tiepointScale = new double[] {500000, 4200000, 30, 30};
        Path f = tmp.resolve("t.tif");
        Files.write(f, t.build());
        try (RasterSource src = GeoTiffReader.open(f)) {
            assertEquals(expectedType, src.dataType());
            assertEquals(nBands, src.bandCount());
            assertEquals(w, src.grid().width());
            assertEquals(h, src.grid().height());
            assertEquals(500000, src.grid().transform().originX(), 0);
            assertEquals(-30, src.grid().transform().pixelHeight(), 0);
            for (int b = 0; b < nBands; b++) {
                RasterBlock block = src.read(b, new Window(0, 0, w, h));
                for (int r = 0; r < h; r++) {
                    for (int c = 0; c < w; c++) {
                        double expected = bands[b][r * w + c];
                        if (expectedType == DataType.FLOAT32) expected = (float) expected;
                        assertEquals(expected, block.get(c, r), 0, name + " band " + b + " at " + c + "," + r);
                    }
                }
            }
        }
    }
}
