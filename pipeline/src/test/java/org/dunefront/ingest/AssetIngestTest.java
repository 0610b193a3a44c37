package org.dunefront.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dunefront.error.DunefrontException;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.workflow.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dunefront ingest} with {@code study.assets} on the generated sample basin (64 × 48 cells of 30 m, on the land
 * cover's own lattice, so the ingested land cover without assets is the sample's land cover cell for cell).
 */
class AssetIngestTest {
    static final int ROAD = 11, FARMLAND = 7, SETTLEMENT = 8, WATER = 6;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static SampleFixture sample;
    static byte[] before;
    /** The road's row: the first row holding water, so the road crosses a river (a bridge). */
    static int roadRow;
    static Path assetFile;
    static IngestCli.Result run;

    @BeforeAll
    static void ingest() throws Exception {
        sample = SampleFixture.shared();
        GridGeometry g = sample.basin.grid();
        before = ((RasterBlock.Bytes) sample.basin.landCover().band(0)).data().clone();
        roadRow = -1;
        for (int i = 0; i < before.length && roadRow < 0; i++) if (before[i] == WATER) roadRow = i / g.width();
        assertTrue(roadRow >= 0, "the sample has water");
        double x0 = g.transform().originX(), y0 = g.transform().originY();
        // road along the centres of row roadRow, across the whole grid (30 m wide: only that row, the next centres are 30 m away);
        // farmland: pixel corners (5.2, 30.2)–(15.2, 40.2) → columns 5–14, rows 30–39; a village (no class) columns 40–49, rows 2–6
        double yRoad = y0 - 30 * (roadRow + 0.5);
        assetFile = AssetFiles.inEpsg(32648)
                .feature(AssetFiles.line(x0 - 100, yRoad, x0 + 30 * 64 + 100, yRoad), null, "G312")
                .feature(rect(x0, y0, 5.2, 30.2, 15.2, 40.2), "farmland")
                .feature(rect(x0, y0, 40, 2, 50, 7), null)
                .write(tmp.resolve("assets.geojson"));
        Map<String, String> keys = new LinkedHashMap<>(sample.keys());
        keys.put("assets", IngestCli.q(assetFile));
        run = IngestCli.ingest(tmp.resolve("run"), keys);
        assertEquals(0, run.code(), run.err());
    }

    /** A rectangle between pixel corners (c0, r0) and (c1, r1) in map coordinates. */
    static String rect(double x0, double y0, double c0, double r0, double c1, double r1) {
        double ax = x0 + 30 * c0, bx = x0 + 30 * c1, ay = y0 - 30 * r0, by = y0 - 30 * r1;
        return AssetFiles.polygon(ax, ay, bx, ay, bx, by, ax, by, ax, ay);
    }

    /** The expected class of a cell: the asset's, except where the land cover is open water (or nodata). */
    static int expected(int c, int r) {
        int was = before[r * 64 + c] & 0xFF;
        return burnt(c >= 40 && c <= 49 && r >= 2 && r <= 6 ? SETTLEMENT : c >= 5 && c <= 14 && r >= 30 && r <= 39 ? FARMLAND
                : r == roadRow ? ROAD : 0, was);
    }

    /** Where assets overlap the most valuable wins (settlement 1.0 > farmland 0.7 > road 0.6); water and nodata stay. */
    static int burnt(int asset, int was) {
        return asset == 0 || was == WATER || was == 0 ? was : asset;
    }

    @Test
    void assetCellsBecomeAssetClassesInTheIngestedLandCover() throws Exception {
        long[] gained = new long[256];
        long keptWater = 0;
        try (RasterSource lc = GeoTiffReader.open(run.workspace().resolve(IngestOutputs.LANDCOVER))) {
            RasterBlock b = lc.read(0, lc.grid().extent());
            for (int r = 0; r < 48; r++) {
                for (int c = 0; c < 64; c++) {
                    int want = expected(c, r), was = before[r * 64 + c] & 0xFF;
                    assertEquals(want, (int) b.get(c, r), "cell (" + c + ", " + r + ")");
                    if (want != was) gained[want]++;
                    if (r == roadRow && was == WATER) keptWater++;
                }
            }
        }
        System.out.printf("assets on the sample: road row %d, gained road %d farmland %d settlement %d, kept water %d%n",
                roadRow, gained[ROAD], gained[FARMLAND], gained[SETTLEMENT], keptWater);
        assertTrue(keptWater > 0 && gained[ROAD] > 40 && gained[FARMLAND] > 0 && gained[SETTLEMENT] > 0,
                "road " + gained[ROAD] + ", kept water " + keptWater);
        JsonNode grid = JSON.readTree(run.workspace().resolve(IngestOutputs.GRID_JSON).toFile());
        JsonNode a = grid.path("assets");
        assertEquals("assets.geojson", a.path("file").asText());
        assertEquals(30.0, a.path("lineWidthM").asDouble(), 0);
        assertEquals(1, a.path("features").path("road").asInt());
        assertEquals(1, a.path("features").path("settlement").asInt());
        assertEquals(gained[ROAD], a.path("cellsGained").path("road").asLong());
        assertEquals(gained[FARMLAND], a.path("cellsGained").path("farmland").asLong());
        assertEquals(gained[SETTLEMENT], a.path("cellsGained").path("settlement").asLong());
        assertEquals(keptWater, a.path("cellsKeptAsWater").asLong());
        assertEquals(gained[ROAD] + gained[FARMLAND] + gained[SETTLEMENT], grid.path("numbers").path("assetCellsGained").asLong());
        // land-cover class counts are those of the final raster
        long roads = 0;
        for (int r = 0; r < 48; r++) for (int c = 0; c < 64; c++) if (expected(c, r) == ROAD) roads++;
        assertEquals(roads, grid.path("landcoverCells").path("road").asLong());
        // the run's summary lists the key numbers
        assertTrue(run.out().contains("ingest.assetCellsGained.road") && run.out().contains("ingest.assetCellsGained "), run.out());
    }

    @Test
    void sameInputsGiveByteIdenticalOutputs() throws Exception {
        Map<String, String> keys = new LinkedHashMap<>(sample.keys());
        keys.put("assets", IngestCli.q(assetFile));
        IngestCli.Result again = IngestCli.ingest(tmp.resolve("again"), keys);
        assertEquals(0, again.code(), again.err());
        for (String f : new String[] {IngestOutputs.LANDCOVER, IngestOutputs.GRID_JSON}) {
            assertEquals(Sha256.file(run.workspace().resolve(f)), Sha256.file(again.workspace().resolve(f)), f);
        }
    }

    @Test
    void widerLinesBurnTheNeighbouringRows() throws Exception {
        Map<String, String> keys = new LinkedHashMap<>(sample.keys());
        keys.put("assets", IngestCli.q(assetFile));
        keys.put("assetLineWidthM", "61"); // centres 30 m away are within 30.5 m
        IngestCli.Result wide = IngestCli.ingest(tmp.resolve("wide"), keys);
        assertEquals(0, wide.code(), wide.err());
        try (RasterSource lc = GeoTiffReader.open(wide.workspace().resolve(IngestOutputs.LANDCOVER))) {
            RasterBlock b = lc.read(0, lc.grid().extent());
            for (int r = Math.max(0, roadRow - 2); r <= Math.min(47, roadRow + 2); r++) {
                for (int c = 0; c < 64; c++) {
                    int was = before[r * 64 + c] & 0xFF;
                    boolean village = c >= 40 && c <= 49 && r >= 2 && r <= 6;
                    int want = Math.abs(r - roadRow) <= 1 && !village ? burnt(ROAD, was) : expected(c, r);
                    assertEquals(want, (int) b.get(c, r), "cell (" + c + ", " + r + ")");
                }
            }
        }
    }

    // ---- errors through the CLI: exit code 3, the file named, no workspace left ---------------------------------------------

    private IngestCli.Result ingestWith(String dir, Map<String, String> changes) throws Exception {
        Map<String, String> keys = new LinkedHashMap<>(sample.keys());
        keys.putAll(changes);
        return IngestCli.ingest(tmp.resolve(dir), keys);
    }

    private static void assertInputError(IngestCli.Result r, String... fragments) {
        assertEquals(DunefrontException.EXIT_INPUT, r.code(), r.err());
        for (String f : fragments) assertTrue(r.err().contains(f), "missing '" + f + "' in: " + r.err());
        assertFalse(Files.exists(r.workspace().resolve(IngestOutputs.LANDCOVER)), "no workspace left behind");
    }

    @Test
    void missingAssetFileIsExitThree() throws Exception {
        Path missing = tmp.resolve("nowhere/roads.gpkg");
        assertInputError(ingestWith("missing", Map.of("assets", IngestCli.q(missing))), missing.toString(),
                "input file 'study.assets' not found");
    }

    @Test
    void pointsAndUnknownClassesAreExitThree() throws Exception {
        Path points = AssetFiles.inEpsg(32648).feature(AssetFiles.point(sample.basin.grid().transform().originX() + 100,
                sample.basin.grid().transform().originY() - 100), null).write(tmp.resolve("points.geojson"));
        assertInputError(ingestWith("points", Map.of("assets", IngestCli.q(points))), points.toString(),
                "feature 1 is a Point; assets must be lines or polygons", "ST_Buffer");
        Path unknown = AssetFiles.inEpsg(32648).feature(rect(sample.basin.grid().transform().originX(),
                sample.basin.grid().transform().originY(), 1, 1, 3, 3), "orchard").write(tmp.resolve("unknown.geojson"));
        assertInputError(ingestWith("unknown", Map.of("assets", IngestCli.q(unknown))), unknown.toString(),
                "unknown asset class 'orchard'", "farmland, settlement, industrial_mining, solar_park, road");
    }

    @Test
    void negativeLineWidthIsAConfigurationError() throws Exception {
        IngestCli.Result r = ingestWith("width", Map.of("assets", IngestCli.q(assetFile), "assetLineWidthM", "-5"));
        assertEquals(DunefrontException.EXIT_USAGE, r.code(), r.err());
        assertTrue(r.err().contains("assetLineWidthM"), r.err());
    }
}
