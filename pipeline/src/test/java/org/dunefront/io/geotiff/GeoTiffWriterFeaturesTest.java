package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.io.geotiff.GeoTiffWriteOptions.BigTiffMode;
import org.dunefront.testkit.Gdal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Palette, category names, band descriptions and metadata, scale/offset, BigTIFF: as GDAL reports them. */
class GeoTiffWriterFeaturesTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void gdal() {
        Gdal.require();
    }

    @Test
    void categoricalUint8ShowsItsColourTableAndCategoryNames() throws Exception {
        GridGeometry grid = WriterFixtures.utmGrid(50, 40);
        List<Integer> palette = List.of(0xFF000000, 0xFFE8D8A0, 0xFF2E8B57, 0x80FF0000);
        List<String> names = new ArrayList<>(List.of("", "bare sand", "shrub & grass", "moving dune"));
        BandInfo band = BandInfo.of(NoData.of(0)).withPalette(palette, names).withDescription("land cover class");
        MemoryRaster src = new MemoryRaster("classes", grid, DataType.UINT8, List.of(band));
        for (int r = 0; r < 40; r++) for (int c = 0; c < 50; c++) src.band(0).set(c, r, (c + r) % 4);
        Path file = dir.resolve("classes.tif");
        GeoTiffWriter.copy(src, file, GeoTiffWriteOptions.defaults().withTileSize(16), ProgressListener.NONE);

        assertTrue(Files.exists(dir.resolve("classes.tif.aux.xml")), "PAM sidecar with the category names");
        JsonNode b = Gdal.info(file).get("bands").get(0);
        assertEquals("Palette", b.get("colorInterpretation").asText());
        JsonNode entries = b.get("colorTable").get("entries");
        assertEquals(256, entries.size());
        assertEquals(List.of(232, 216, 160, 255), ints(entries.get(1)));
        assertEquals(List.of(46, 139, 87, 255), ints(entries.get(2)));
        assertEquals(List.of(255, 0, 0, 255), ints(entries.get(3)), "TIFF ColorMap has no alpha: GDAL reports 255");
        JsonNode cats = b.get("categories");
        assertEquals("bare sand", cats.get(1).asText());
        assertEquals("shrub & grass", cats.get(2).asText());
        assertEquals("moving dune", cats.get(3).asText());
        assertEquals("land cover class", b.get("description").asText());
        assertEquals(0, b.get("noDataValue").asInt());
        assertEquals("", WriterFixtures.gdalWarnings(file));

        // Rewriting without categories removes the stale sidecar.
        MemoryRaster plain = MemoryRaster.single("plain", grid, DataType.UINT8, NoData.of(0));
        GeoTiffWriter.copy(plain, file, GeoTiffWriteOptions.defaults(), ProgressListener.NONE);
        assertTrue(!Files.exists(dir.resolve("classes.tif.aux.xml")), "stale sidecar removed");
        assertTrue(Gdal.info(file).get("bands").get(0).get("colorTable") == null);
    }

    private static List<Integer> ints(JsonNode arr) {
        List<Integer> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asInt()));
        return out;
    }

    @Test
    void multiBandDescriptionsTimesScaleOffsetAndDatasetMetadataReachGdal() throws Exception {
        GridGeometry grid = WriterFixtures.utmGrid(30, 20);
        List<BandInfo> bands = new ArrayList<>();
        String[] times = {"2024-03-01T00:00:00Z", "2024-03-01T06:00:00Z", "2024-03-01T12:00:00Z"};
        for (int i = 0; i < 3; i++) {
            bands.add(new BandInfo(NoData.of(-32768), 0.01, -5, "m s-1", "wind speed 10 m & gust, step " + i,
                    List.of(), List.of(), Map.of("time", times[i], "source", "ERA5 & <reanalysis>")));
        }
        Path file = dir.resolve("wind.tif");
        GeoTiffWriteOptions options = GeoTiffWriteOptions.defaults().withTileSize(16)
                .withMetadata(Map.of("TIME_AXIS", "hourly", "PRODUCER", "dunefront & co"));
        try (RasterSink sink = GeoTiffWriter.create(file, grid, DataType.INT16, bands, options)) {
            for (int b = 0; b < 3; b++) {
                RasterBlock block = RasterBlock.create(DataType.INT16, grid.extent(), NoData.of(-32768));
                for (int r = 0; r < 20; r++) for (int c = 0; c < 30; c++) block.set(c, r, 100 * b + r * 30 + c);
                sink.write(b, block);
            }
            sink.commit();
        }
        assertEquals("", WriterFixtures.gdalWarnings(file), "no libtiff/GDAL warnings for a band-separate file");
        JsonNode info = Gdal.info(file);
        assertEquals("hourly", info.get("metadata").get("").get("TIME_AXIS").asText());
        assertEquals("dunefront & co", info.get("metadata").get("").get("PRODUCER").asText());
        assertEquals("BAND", info.get("metadata").get("IMAGE_STRUCTURE").get("INTERLEAVE").asText());
        for (int b = 0; b < 3; b++) {
            JsonNode band = info.get("bands").get(b);
            assertEquals("wind speed 10 m & gust, step " + b, band.get("description").asText(),
                    "GDAL unescapes item values twice: a single escaping loses the text after '&'");
            assertEquals(times[b], band.get("metadata").get("").get("time").asText());
            assertEquals("ERA5 & <reanalysis>", band.get("metadata").get("").get("source").asText());
            assertEquals(0.01, band.get("scale").asDouble());
            assertEquals(-5, band.get("offset").asDouble());
            assertEquals("m s-1", band.get("unit").asText());
            assertEquals(-32768, band.get("noDataValue").asInt());
            assertEquals(List.of(16, 16), ints(band.get("block")));
            double[] px = Gdal.pixels(file, b + 1, dir);
            assertEquals(100 * b + 7 * 30 + 11, px[7 * 30 + 11]);
        }
    }

    @Test
    void bigTiffOnRequestIsReadByGdal() throws Exception {
        GridGeometry grid = WriterFixtures.utmGrid(70, 50);
        MemoryRaster src = WriterFixtures.random(grid, DataType.FLOAT32, NoData.NAN, 7, 2);
        Path file = dir.resolve("big.tif");
        GeoTiffWriter.copy(src, file, GeoTiffWriteOptions.defaults().withTileSize(32).withBigTiff(BigTiffMode.YES),
                ProgressListener.NONE);
        byte[] head = new byte[16];
        try (var in = Files.newInputStream(file)) {
            assertEquals(16, in.read(head));
        }
        ByteBuffer bb = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals('I', bb.get(0));
        assertEquals('I', bb.get(1));
        assertEquals(43, bb.getShort(2), "BigTIFF version");
        assertEquals(8, bb.getShort(4), "offset size");
        assertEquals(16, bb.getLong(8), "first IFD right after the header");
        assertEquals("", WriterFixtures.gdalWarnings(file));
        JsonNode info = Gdal.info(file);
        assertEquals(2, info.get("bands").size());
        for (int b = 0; b < 2; b++) {
            double[] px = Gdal.pixels(file, b + 1, dir);
            for (int i = 0; i < px.length; i++) {
                double expected = src.band(b).get(i % 70, i / 70);
                assertEquals(Double.isNaN(expected), Double.isNaN(px[i]), "NaN at " + i);
                if (!Double.isNaN(expected)) assertEquals(expected, px[i], 0);
            }
        }
        // Classic TIFF by default for a small file.
        Path classic = dir.resolve("classic.tif");
        GeoTiffWriter.copy(src, classic, GeoTiffWriteOptions.defaults(), ProgressListener.NONE);
        byte[] h = Files.readAllBytes(classic);
        assertEquals(42, ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN).getShort(2));
    }

    @Test
    void bigTiffIsChosenAutomaticallyAbove4GiB() {
        GeoTiffWriteOptions auto = GeoTiffWriteOptions.defaults();
        // 33000 x 33000 float32 = 4.06 GiB uncompressed (with padding to 512 tiles): BigTIFF.
        assertTrue(GeoTiffWriter.useBigTiff(WriterFixtures.utmGrid(33000, 33000), DataType.FLOAT32, 1, auto));
        // 20000 x 20000 float32 = 1.5 GiB: classic.
        assertTrue(!GeoTiffWriter.useBigTiff(WriterFixtures.utmGrid(20000, 20000), DataType.FLOAT32, 1, auto));
        // Three bands of 20000 x 20000 float32 = 4.5 GiB: BigTIFF.
        assertTrue(GeoTiffWriter.useBigTiff(WriterFixtures.utmGrid(20000, 20000), DataType.FLOAT32, 3, auto));
        assertTrue(!GeoTiffWriter.useBigTiff(WriterFixtures.utmGrid(33000, 33000), DataType.FLOAT32, 1,
                auto.withBigTiff(BigTiffMode.NO)));
    }

    @Test
    void unalignedWindowsAndUnwrittenTilesAreAssembledWithNodata() throws Exception {
        GridGeometry grid = WriterFixtures.utmGrid(45, 37);
        Path file = dir.resolve("partial.tif");
        try (RasterSink sink = GeoTiffWriter.create(file, grid, DataType.INT32, List.of(BandInfo.of(NoData.of(-1))),
                GeoTiffWriteOptions.defaults().withTileSize(16).withThreads(3))) {
            // Rows 0..19 in 5-row strips of odd widths; rows 20..36 never written.
            for (int r = 0; r < 20; r += 5) {
                for (int c = 0; c < 45; c += 9) {
                    Window w = new Window(c, r, Math.min(9, 45 - c), 5);
                    RasterBlock b = RasterBlock.create(DataType.INT32, w, NoData.of(-1));
                    for (int y = 0; y < w.height(); y++) for (int x = 0; x < w.width(); x++) b.set(x, y, (r + y) * 1000 + c + x);
                    sink.write(0, b);
                }
            }
            sink.commit();
        }
        double[] px = Gdal.pixels(file, 1, dir);
        for (int r = 0; r < 37; r++) {
            for (int c = 0; c < 45; c++) {
                assertEquals(r < 20 ? r * 1000 + c : -1, px[r * 45 + c], 0, "cell " + c + "," + r);
            }
        }
        assertArrayEquals(grid.transform().toGdal(), Gdal.geoTransform(Gdal.info(file)), 1e-9);
    }

    @Test
    void copyReportsProgressToTheEndAndDropsTheSourceFileStructureItems() throws Exception {
        GridGeometry grid = WriterFixtures.utmGrid(70, 40);
        MemoryRaster mem = WriterFixtures.random(grid, DataType.FLOAT32, NoData.NAN, 5, 1);
        RasterSource src = new RasterSource() {
            @Override public String name() { return mem.name(); }
            @Override public GridGeometry grid() { return grid; }
            @Override public int bandCount() { return 1; }
            @Override public DataType dataType() { return DataType.FLOAT32; }
            @Override public BandInfo bandInfo(int band) { return mem.bandInfo(band); }
            @Override public int[] blockSize() { return mem.blockSize(); }
            @Override public RasterBlock read(int band, Window w) { return mem.read(band, w); }
            @Override public Map<String, String> metadata() {
                return Map.of("COMPRESSION", "LZW", "INTERLEAVE", "PIXEL", "AREA_OR_POINT", "Area", "SOURCE", "ERA5");
            }
            @Override public void close() { }
        };
        List<Double> fractions = java.util.Collections.synchronizedList(new ArrayList<>());
        Path file = dir.resolve("copied.tif");
        GeoTiffWriter.copy(src, file, GeoTiffWriteOptions.defaults().withTileSize(16).withThreads(3), (f, m) -> {
            fractions.add(f);
            return true;
        });
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) assertTrue(fractions.get(i) >= fractions.get(i - 1), "monotonic");
        JsonNode md = Gdal.info(file).get("metadata");
        assertEquals("ERA5", md.get("").get("SOURCE").asText());
        assertEquals("DEFLATE", md.get("IMAGE_STRUCTURE").get("COMPRESSION").asText(), "the new file's own structure");
        assertTrue(md.get("").get("COMPRESSION") == null, "source structure items not copied: " + md);
    }
}
