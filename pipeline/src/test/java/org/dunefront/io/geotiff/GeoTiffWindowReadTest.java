package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Windowed reads (property test): random windows, including windows hanging over the grid edges,
 * equal the matching cells of a full read, and cells outside the grid hold the nodata fill value;
 * concurrent reads from several threads give the same results.
 */
class GeoTiffWindowReadTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "encodings/derived/zion_int16_deflate_pred2_tiled256.tif",     // tiles, predictor 2
            "encodings/derived/zion_float32_lzw_pred3_tiled.tif",          // tiles, float predictor
            "dem/zion_srtm_wgs84.tif",                                     // strips, Deflate
            "encodings/original/rasterio_all-nodata.tif",                  // band-interleaved tiles, 4 bands
            "encodings/original/tiffjava_deflate_predictor_tiled_15band.tiff", // pixel-interleaved 15-band tiles
            "encodings/derived/zion_float64_deflate_pred3_bigtiff.tif",    // BigTIFF strips
    })
    void randomWindowsEqualFullRead(String relative) throws Exception {
        try (RasterSource src = GeoTiffReader.open(RealData.file(relative))) {
            int w = src.grid().width(), h = src.grid().height();
            int bands = Math.min(src.bandCount(), 2);
            List<RasterBlock> full = new ArrayList<>();
            for (int b = 0; b < bands; b++) full.add(src.read(b, src.grid().extent()));
            Random rnd = new Random(relative.hashCode());
            List<Window> windows = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                int ww = 1 + rnd.nextInt(Math.min(200, w + 40));
                int wh = 1 + rnd.nextInt(Math.min(200, h + 40));
                windows.add(new Window(rnd.nextInt(w + 40) - 20 - ww / 2, rnd.nextInt(h + 40) - 20 - wh / 2, ww, wh));
            }
            windows.add(new Window(-5, -5, w + 10, h + 10)); // whole grid with a halo
            windows.add(new Window(w, h, 3, 3));             // entirely outside
            for (Window win : windows) {
                for (int b = 0; b < bands; b++) check(src.read(b, win), full.get(b), src.bandInfo(b).noData(), win);
            }
            // the same windows from 4 threads at once
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Window win : windows) {
                    futures.add(pool.submit(() -> {
                        check(src.read(0, win), full.get(0), src.bandInfo(0).noData(), win);
                        return null;
                    }));
                }
                for (Future<?> f : futures) f.get();
            } finally {
                pool.shutdown();
            }
        }
    }

    private static void check(RasterBlock part, RasterBlock full, NoData nd, Window win) {
        assertEquals(win, part.window());
        Window grid = full.window();
        double fill = nd.present() ? nd.value() : (part.type().isFloatingPoint() ? Double.NaN : 0);
        for (int r = win.row(); r < win.endRow(); r++) {
            for (int c = win.col(); c < win.endCol(); c++) {
                double actual = part.getAbsolute(c, r);
                double expected = grid.contains(c, r) ? full.getAbsolute(c, r) : fill;
                assertTrue(expected == actual || (Double.isNaN(expected) && Double.isNaN(actual)),
                        "window " + win + " cell " + c + "," + r + ": expected " + expected + ", got " + actual);
            }
        }
    }
}
