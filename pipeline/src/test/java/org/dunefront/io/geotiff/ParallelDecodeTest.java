package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parallel block decoding ({@link DecodePool}, {@link GeoTiffSource#read}): a window read on 2, 3 or 4
 * threads gives exactly the bits of the same read on one thread, on random windows (halos over the grid
 * edges, windows over many tiles), and those bits are the values written. Each window is read from freshly
 * opened sources, so its blocks are not cached and really are decoded by several threads.
 */
class ParallelDecodeTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DataType.class, names = {"FLOAT32", "INT16", "UINT8", "FLOAT64"})
    void parallelReadsEqualSerialReadsAndTheWrittenValues(DataType type) throws IOException {
        GridGeometry grid = WriterFixtures.utmGrid(700, 530);
        MemoryRaster written = WriterFixtures.random(grid, type, WriterFixtures.noDataFor(type), 8 + type.ordinal(), 2);
        Path file = dir.resolve(type + ".tif");
        // 64-cell tiles: 11 x 9 tiles per band, partial tiles on the right and bottom edges
        GeoTiffWriter.copy(written, file, GeoTiffWriteOptions.defaults().withTileSize(64), ProgressListener.NONE);

        Random rnd = new Random(type.ordinal());
        for (Window win : randomWindows(rnd, grid.width(), grid.height(), 12)) {
            int band = rnd.nextInt(2);
            long[] serial = bits(readFresh(file, 1, band, win));
            assertArrayEquals(canonicalBits(written.read(band, win)), canonicalBits(readFresh(file, 1, band, win)),
                    "serial read of " + win + " holds the written values");
            for (int threads = 2; threads <= 4; threads++) {
                assertArrayEquals(serial, bits(readFresh(file, threads, band, win)), threads + " threads, band " + band + ", " + win);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "encodings/original/tiffjava_deflate_predictor_tiled_15band.tiff", // pixel-interleaved 15-band tiles
            "encodings/derived/zion_int16_deflate_pred2_tiled256.tif",        // tiles, predictor 2
            "dem/zion_srtm_wgs84.tif",                                         // strips, Deflate
    })
    void realFilesDecodeTheSameOnOneToFourThreads(String relative) throws IOException {
        Path file = RealData.file(relative);
        GridGeometry grid;
        try (RasterSource s = GeoTiffReader.open(file, 1)) {
            grid = s.grid();
        }
        Random rnd = new Random(relative.hashCode());
        for (Window win : randomWindows(rnd, grid.width(), grid.height(), 6)) {
            long[] serial = bits(readFresh(file, 1, 0, win));
            for (int threads = 2; threads <= 4; threads++) {
                assertArrayEquals(serial, bits(readFresh(file, threads, 0, win)), threads + " threads, " + win);
            }
        }
    }

    @Test
    void concurrentParallelReadersShareThePoolWithoutWaitingForEachOther() throws Exception {
        GridGeometry grid = WriterFixtures.utmGrid(640, 320);
        MemoryRaster written = WriterFixtures.random(grid, DataType.FLOAT32, WriterFixtures.noDataFor(DataType.FLOAT32), 3, 1);
        Path file = dir.resolve("shared.tif");
        GeoTiffWriter.copy(written, file, GeoTiffWriteOptions.defaults().withTileSize(32), ProgressListener.NONE);
        long[] expected = canonicalBits(written.read(0, grid.extent()));
        // more concurrent readers than pool threads, each asking for 4 decoding threads
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<long[]>> reads = new ArrayList<>();
            for (int i = 0; i < 12; i++) reads.add(callers.submit(() -> canonicalBits(readFresh(file, 4, 0, grid.extent()))));
            for (Future<long[]> f : reads) assertArrayEquals(expected, f.get());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void forEachRunsEveryIndexOnceAndRethrowsTheFirstFailure() throws IOException {
        for (int threads = 1; threads <= 4; threads++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(100);
            DecodePool.forEach(100, threads, runs::incrementAndGet);
            for (int i = 0; i < 100; i++) assertEquals(1, runs.get(i), "index " + i + " with " + threads + " threads");
        }
        IOException boom = new IOException("block 7 is unreadable");
        IOException thrown = assertThrows(IOException.class, () -> DecodePool.forEach(50, 4, i -> {
            if (i == 7) throw boom;
        }));
        assertSame(boom, thrown);
        IllegalStateException unchecked = new IllegalStateException("bad block");
        assertSame(unchecked, assertThrows(IllegalStateException.class, () -> DecodePool.forEach(3, 3, i -> {
            throw unchecked;
        })));
        assertThrows(IllegalArgumentException.class, () -> GeoTiffReader.open(dir.resolve("x.tif"), 0));
    }

    private static RasterBlock readFresh(Path file, int threads, int band, Window win) throws IOException {
        try (RasterSource s = GeoTiffReader.open(file, threads)) {
            return s.read(band, win);
        }
    }

    /** Windows of 1 cell to the whole grid plus a halo, many of them across several blocks. */
    private static List<Window> randomWindows(Random rnd, int w, int h, int n) {
        List<Window> out = new ArrayList<>();
        out.add(new Window(-7, -3, w + 14, h + 6));      // whole grid with a halo
        out.add(new Window(0, Math.min(h - 1, 100), w, Math.min(64, h - Math.min(h - 1, 100)))); // a full-width row band
        out.add(new Window(w - 1, h - 1, 1, 1));
        for (int i = 0; i < n; i++) {
            int ww = 1 + rnd.nextInt(w), wh = 1 + rnd.nextInt(Math.min(h, 300));
            out.add(new Window(rnd.nextInt(w + 20) - 10 - ww / 4, rnd.nextInt(h + 20) - 10 - wh / 4, ww, wh));
        }
        return out;
    }

    /** The raw bits of every cell (NaN payloads included). */
    private static long[] bits(RasterBlock b) {
        int n = b.window().width() * b.window().height();
        long[] out = new long[n];
        if (b instanceof RasterBlock.Bytes x) for (int i = 0; i < n; i++) out[i] = x.data()[i];
        else if (b instanceof RasterBlock.Shorts x) for (int i = 0; i < n; i++) out[i] = x.data()[i];
        else if (b instanceof RasterBlock.Ints x) for (int i = 0; i < n; i++) out[i] = x.data()[i];
        else if (b instanceof RasterBlock.Floats x) for (int i = 0; i < n; i++) out[i] = Float.floatToRawIntBits(x.data()[i]);
        else for (int i = 0; i < n; i++) out[i] = Double.doubleToRawLongBits(((RasterBlock.Doubles) b).data()[i]);
        return out;
    }

    /** Cell values with every NaN as the same NaN (the values the writer was given vs. those it stored). */
    private static long[] canonicalBits(RasterBlock b) {
        long[] raw = bits(b);
        if (b instanceof RasterBlock.Floats x) for (int i = 0; i < raw.length; i++) raw[i] = Float.floatToIntBits(x.data()[i]);
        if (b instanceof RasterBlock.Doubles x) for (int i = 0; i < raw.length; i++) raw[i] = Double.doubleToLongBits(x.data()[i]);
        assertTrue(raw.length > 0);
        return raw;
    }
}
