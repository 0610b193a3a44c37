package org.dunefront.io.gdal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dunefront.grid.DataType;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GeoTIFF encodings the pure-Java reader may not decode (BigTIFF, JPEG, WEBP, ZSTD) and VRT mosaics, checked against gdal_translate. */
class GdalRasterFormatsTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void gdal() {
        GdalTesting.requireBackend();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "encodings/derived/zion_float64_deflate_pred3_bigtiff.tif",
            "encodings/original/rasterio_cogeo.tif",
            "encodings/original/riocogeo_image_webp.tif",
            "encodings/derived/zion_float32_utm12n_zstd.tif",
            "encodings/derived/zion_hillshade_byte_jpeg_tiled.tif",
            "encodings/derived/zion_int8_scaled_parkmask.tif"})
    void decodesLikeGdalTranslate(String relative) throws Exception {
        Path file = RealData.file(relative);
        JsonNode info = Gdal.info(file);
        try (RasterSource src = GdalTesting.open(file)) {
            assertEquals(info.get("bands").size(), src.bandCount());
            assertEquals(info.get("size").get(0).asInt(), src.grid().width());
            assertEquals(info.get("size").get(1).asInt(), src.grid().height());
            // gdalinfo -json prints 13 significant digits
            assertArrayEquals(Gdal.geoTransform(info), src.grid().transform().toGdal(), 1e-12);
            JsonNode nd = info.get("bands").get(0).get("noDataValue");
            assertEquals(nd != null, src.bandInfo(0).noData().present());
            if (nd != null) assertEquals(nd.asDouble(), src.bandInfo(0).noData().value());
            // a window straddling storage blocks (whole raster when small) of the first and last band keeps the test fast
            int w = Math.min(300, src.grid().width()), h = Math.min(300, src.grid().height());
            Window win = new Window((src.grid().width() - w) / 2, (src.grid().height() - h) / 2, w, h);
            for (int b : java.util.stream.IntStream.of(0, src.bandCount() - 1).distinct().toArray()) {
                double[] expected = GdalTesting.pixels(file.toString(), b + 1, win, tmp);
                if (src.dataType() == DataType.INT8) {
                    // GDAL 3.6 has no Int8 type: gdal_translate -ot Float64 reads PIXELTYPE=SIGNEDBYTE bytes as 0..255
                    for (int i = 0; i < expected.length; i++) if (expected[i] > 127) expected[i] -= 256;
                }
                GdalTesting.assertSameCells(expected, GdalTesting.read(src, b, win), relative + " band " + (b + 1) + " " + win);
            }
        }
    }

    @Test
    void signedBytesAreInt8() throws Exception {
        try (RasterSource src = GdalTesting.open(RealData.file("encodings/derived/zion_int8_scaled_parkmask.tif"))) {
            assertEquals(DataType.INT8, src.dataType());
        }
    }

    @Test
    void aVrtMosaicOfTwoHalvesReadsLikeTheWhole() throws Exception {
        Path dem = RealData.file("dem/zion_srtm_wgs84.tif");
        Path west = tmp.resolve("west.tif"), east = tmp.resolve("east.tif"), vrt = tmp.resolve("mosaic.vrt");
        Gdal.run("gdal_translate", "-q", "-srcwin", "0", "0", "200", "457", dem.toString(), west.toString());
        Gdal.run("gdal_translate", "-q", "-srcwin", "200", "0", "265", "457", dem.toString(), east.toString());
        Gdal.run("gdalbuildvrt", "-q", vrt.toString(), west.toString(), east.toString());
        try (RasterSource whole = GdalTesting.open(dem); RasterSource mosaic = GdalTesting.open(vrt)) {
            assertEquals(whole.grid().width(), mosaic.grid().width());
            assertArrayEquals(whole.grid().transform().toGdal(), mosaic.grid().transform().toGdal(), 1e-12);
            assertEquals(whole.bandInfo(0).noData(), mosaic.bandInfo(0).noData());
            GdalTesting.assertSameCells(GdalTesting.readAll(whole, 0), GdalTesting.readAll(mosaic, 0), "VRT mosaic");
        }
    }

    @Test
    void haloWindowsOutsideTheGridAreNodataAndInsideCellsMatch() throws Exception {
        Path dem = RealData.file("dem/zion_srtm_wgs84.tif");
        try (RasterSource src = GdalTesting.open(dem)) {
            RasterBlock halo = src.read(0, new Window(-2, -3, 10, 10));
            RasterBlock inner = src.read(0, new Window(0, 0, 8, 7));
            for (int r = 0; r < 10; r++) {
                for (int c = 0; c < 10; c++) {
                    double expected = (c < 2 || r < 3) ? 65535 : inner.get(c - 2, r - 3);
                    assertEquals(expected, halo.get(c, r), "halo cell " + c + "," + r);
                }
            }
        }
    }

    @Test
    void concurrentWindowReadsEqualOneWholeRead() throws Exception {
        Path file = RealData.file("encodings/derived/zion_float32_utm12n_zstd.tif");
        try (RasterSource src = GdalTesting.open(file)) {
            RasterBlock whole = src.read(0, src.grid().extent());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Void>> jobs = new ArrayList<>();
                Random rnd = new Random(42);
                for (int i = 0; i < 32; i++) {
                    Window w = new Window(rnd.nextInt(src.grid().width()) - 8, rnd.nextInt(src.grid().height()) - 8,
                            1 + rnd.nextInt(60), 1 + rnd.nextInt(60));
                    jobs.add(pool.submit(() -> {
                        RasterBlock b = src.read(0, w);
                        for (int r = 0; r < w.height(); r++) {
                            for (int c = 0; c < w.width(); c++) {
                                int gc = w.col() + c, gr = w.row() + r;
                                boolean in = gc >= 0 && gr >= 0 && gc < whole.width() && gr < whole.height();
                                assertEquals(in ? whole.get(gc, gr) : -9999.0, b.get(c, r), w + " cell " + c + "," + r);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<Void> f : jobs) f.get();
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
