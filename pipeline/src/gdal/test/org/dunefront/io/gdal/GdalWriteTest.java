package org.dunefront.io.gdal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.io.IoBackend;
import org.dunefront.io.RasterIO;
import org.dunefront.io.RasterWriteOptions;
import org.dunefront.io.RasterWriteOptions.Compression;
import org.dunefront.io.RasterWriteOptions.Layout;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GeoTIFF and COG output through GDAL: values, metadata, COG layout, atomic commit, order-independent bytes. */
class GdalWriteTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void gdal() {
        GdalTesting.requireBackend();
    }

    /** Copies {@code src} band 1 into a sink tile by tile, tiles in the given order. */
    private static void copy(RasterSource src, RasterSink sink, List<Window> tiles) throws Exception {
        for (Window w : tiles) sink.write(0, src.read(0, w));
        sink.commit();
    }

    private static List<Window> tiles(GridGeometry g, int size) {
        List<Window> out = new ArrayList<>();
        for (int r = 0; r < g.height(); r += size) {
            for (int c = 0; c < g.width(); c += size) {
                out.add(new Window(c, r, Math.min(size, g.width() - c), Math.min(size, g.height() - r)));
            }
        }
        return out;
    }

    @Test
    void cogOutputHasCogLayoutAndTheSourceValues() throws Exception {
        Path dem = RealData.file("dem/zion_srtm_wgs84.tif");
        Path out = tmp.resolve("dem_cog.tif");
        try (RasterSource src = GdalTesting.open(dem)) {
            BandInfo band = src.bandInfo(0).withDescription("elevation").withUnit("m");
            RasterWriteOptions options = RasterWriteOptions.defaults().withLayout(Layout.COG).withTileSize(128)
                    .withMetadata(Map.of("SOURCE", "SRTM"));
            try (RasterSink sink = RasterIO.create(out, src.grid(), src.dataType(), List.of(band), IoBackend.GDAL, options)) {
                copy(src, sink, tiles(src.grid(), 100));
            }
        }
        JsonNode info = Gdal.info(out);
        assertEquals("COG", info.get("metadata").get("IMAGE_STRUCTURE").get("LAYOUT").asText());
        assertEquals("DEFLATE", info.get("metadata").get("IMAGE_STRUCTURE").get("COMPRESSION").asText());
        assertEquals("SRTM", info.get("metadata").get("").get("SOURCE").asText());
        JsonNode b1 = info.get("bands").get(0);
        assertEquals(128, b1.get("block").get(0).asInt());
        assertEquals(65535, b1.get("noDataValue").asDouble());
        assertEquals("elevation", b1.get("description").asText());
        assertEquals("m", b1.get("unit").asText());
        assertArrayEquals(Gdal.geoTransform(Gdal.info(dem)), Gdal.geoTransform(info), 1e-12);
        assertTrue(info.get("coordinateSystem").get("wkt").asText().contains("ID[\"EPSG\",4326]"));
        GdalTesting.assertSameCells(Gdal.pixels(dem, 1, tmp), Gdal.pixels(out, 1, tmp), "COG copy");
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".")).toList(), "no temporary files left");
        }
    }

    @Test
    void bytesDoNotDependOnTheOrderBlocksWereWritten() throws Exception {
        Path dem = RealData.file("encodings/derived/zion_float32_utm12n_zstd.tif");
        Path a = tmp.resolve("a.tif"), b = tmp.resolve("b.tif");
        RasterWriteOptions zstd = RasterWriteOptions.defaults().withCompression(Compression.ZSTD).withTileSize(64);
        try (RasterSource src = GdalTesting.open(dem)) {
            List<Window> order = tiles(src.grid(), 50);
            List<Window> shuffled = new ArrayList<>(order);
            Collections.shuffle(shuffled, new Random(7));
            try (RasterSink sink = RasterIO.create(a, src.grid(), src.dataType(), List.of(src.bandInfo(0)), IoBackend.GDAL, zstd)) {
                copy(src, sink, order);
            }
            try (RasterSink sink = RasterIO.create(b, src.grid(), src.dataType(), List.of(src.bandInfo(0)), IoBackend.GDAL, zstd)) {
                copy(src, sink, shuffled);
            }
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals("ZSTD", Gdal.info(a).get("metadata").get("IMAGE_STRUCTURE").get("COMPRESSION").asText());
        GdalTesting.assertSameCells(Gdal.pixels(dem, 1, tmp), Gdal.pixels(a, 1, tmp), "ZSTD GeoTIFF copy");
    }

    @Test
    void closingWithoutCommitLeavesNothing() throws Exception {
        Path out = tmp.resolve("never.tif");
        GridGeometry g = GridGeometry.northUp(CrsDefinition.epsg(32648), 500000, 4200000, 30, 30, 40, 20);
        try (RasterSink sink = RasterIO.create(out, g, DataType.INT16, List.of(BandInfo.of(NoData.of(-1))), IoBackend.GDAL,
                RasterWriteOptions.defaults())) {
            RasterBlock block = RasterBlock.create(DataType.INT16, new Window(0, 0, 40, 20), NoData.of(-1));
            block.fill(7);
            sink.write(0, block);
        }
        assertFalse(Files.exists(out));
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void smallHandBuiltGridRoundTripsWithPaletteAndCategories() throws Exception {
        Path out = tmp.resolve("classes.tif");
        GridGeometry g = GridGeometry.northUp(CrsDefinition.epsg(32648), 500000, 4200000, 30, 30, 3, 2);
        BandInfo info = BandInfo.of(NoData.of(255))
                .withPalette(List.of(0xFF00FF00, 0xFFFF0000, 0x80112233), java.util.Arrays.asList("grass", "dune", "water"));
        try (RasterSink sink = RasterIO.create(out, g, DataType.UINT8, List.of(info), IoBackend.GDAL, RasterWriteOptions.defaults())) {
            RasterBlock block = RasterBlock.create(DataType.UINT8, new Window(0, 0, 3, 2), NoData.of(255));
            double[] v = {0, 1, 2, 2, 1, 255};
            for (int i = 0; i < 6; i++) block.set(i % 3, i / 3, v[i]);
            sink.write(0, block);
            sink.commit();
        }
        try (RasterSource back = GdalTesting.open(out)) {
            assertEquals(CrsDefinition.epsg(32648).epsg(), back.grid().crs().epsg());
            assertArrayEquals(new double[] {500000, 30, 0, 4200000, 0, -30}, back.grid().transform().toGdal(), 0.0);
            GdalTesting.assertSameCells(new double[] {0, 1, 2, 2, 1, 255}, GdalTesting.readAll(back, 0), "classes");
            BandInfo read = back.bandInfo(0);
            assertEquals(List.of("grass", "dune", "water"), read.categoryNames().subList(0, 3));
            assertEquals(0xFF00FF00, (int) read.palette().get(0));
            assertEquals(0xFF112233, (int) read.palette().get(2), "a TIFF ColorMap has no alpha: GDAL writes it opaque");
            assertEquals(NoData.of(255), read.noData());
        }
    }
}
