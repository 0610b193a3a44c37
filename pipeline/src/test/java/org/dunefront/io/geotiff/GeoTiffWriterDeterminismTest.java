package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.Window;
import org.dunefront.io.geotiff.GeoTiffWriteOptions.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same data → same bytes: block order, block shapes, writer threads and compression threads do
 * not change the file (SHA-256 compared).
 */
class GeoTiffWriterDeterminismTest {
    @TempDir
    Path dir;

    private static final GridGeometry GRID = WriterFixtures.utmGrid(150, 110);

    private static String write(Path file, MemoryRaster src, List<Window> windows, int compressionThreads,
                                int writerThreads, Compression compression) throws Exception {
        GeoTiffWriteOptions options = GeoTiffWriteOptions.defaults().withTileSize(32).withThreads(compressionThreads)
                .withCompression(compression);
        List<BandInfo> bands = List.of(src.bandInfo(0), src.bandInfo(1));
        try (RasterSink sink = GeoTiffWriter.create(file, GRID, src.dataType(), bands, options)) {
            List<Runnable> jobs = new ArrayList<>();
            for (Window w : windows) {
                for (int b = 0; b < 2; b++) {
                    int band = b;
                    jobs.add(() -> {
                        try {
                            sink.write(band, src.read(band, w));
                        } catch (Exception e) {
                            throw new RuntimeException(e);
                        }
                    });
                }
            }
            Collections.shuffle(jobs, new Random(writerThreads * 31L + windows.size()));
            ExecutorService pool = Executors.newFixedThreadPool(writerThreads);
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (Runnable j : jobs) fs.add(pool.submit(j));
                for (Future<?> f : fs) f.get();
            } finally {
                pool.shutdown();
            }
            sink.commit();
        }
        return WriterFixtures.sha256(file);
    }

    private static List<Window> tiles(int size) {
        List<Window> out = new ArrayList<>();
        for (int r = 0; r < GRID.height(); r += size) {
            for (int c = 0; c < GRID.width(); c += size) {
                out.add(new Window(c, r, Math.min(size, GRID.width() - c), Math.min(size, GRID.height() - r)));
            }
        }
        return out;
    }

    @Test
    void fileBytesDoNotDependOnWriteOrderBlockShapeOrThreads() throws Exception {
        MemoryRaster src = WriterFixtures.random(GRID, DataType.FLOAT32, NoData.of(-9999), 11, 2);
        for (Compression c : Compression.values()) {
            String reference = write(dir.resolve("ref-" + c + ".tif"), src, tiles(32), 1, 1, c);
            assertEquals(reference, write(dir.resolve("t4-" + c + ".tif"), src, tiles(32), 4, 3, c),
                    c + ": shuffled tile-aligned blocks, 4 compression threads");
            assertEquals(reference, write(dir.resolve("odd-" + c + ".tif"), src, tiles(23), 4, 2, c),
                    c + ": shuffled unaligned 23-cell blocks");
            assertEquals(reference, write(dir.resolve("whole-" + c + ".tif"), src, List.of(GRID.extent()), 2, 1, c),
                    c + ": one block per band");
        }
    }

    @Test
    void heavilyOutOfOrderTilesSpillAndStillGiveTheSameBytes() throws Exception {
        // Band 1 written entirely before band 0 forces band-1 tiles to wait for their turn.
        MemoryRaster src = WriterFixtures.random(GRID, DataType.FLOAT64, NoData.NAN, 12, 2);
        String reference = write(dir.resolve("a.tif"), src, tiles(32), 1, 1, Compression.NONE);
        Path file = dir.resolve("b.tif");
        List<BandInfo> bands = List.of(src.bandInfo(0), src.bandInfo(1));
        GeoTiffWriteOptions o = GeoTiffWriteOptions.defaults().withTileSize(32).withThreads(2)
                .withCompression(Compression.NONE);
        try (RasterSink sink = GeoTiffWriter.create(file, GRID, DataType.FLOAT64, bands, o, 20_000)) {
            List<Window> ts = tiles(32);
            Collections.reverse(ts);
            for (Window w : ts) sink.write(1, src.read(1, w));
            for (Window w : ts) sink.write(0, src.read(0, w));
            assertTrue(WriterFixtures.listDir(dir).stream().anyMatch(p -> p.getFileName().toString().startsWith(".b.tif.spill-")),
                    "tiles beyond the 20 kB reorder budget went to the spill file");
            sink.commit();
        }
        assertTrue(WriterFixtures.listDir(dir).stream().noneMatch(p -> p.getFileName().toString().startsWith(".")),
                "spill and temporary files removed");
        assertEquals(reference, WriterFixtures.sha256(file));
    }
}
