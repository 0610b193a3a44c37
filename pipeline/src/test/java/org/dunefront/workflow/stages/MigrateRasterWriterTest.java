package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.IoChoice;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.testkit.Gdal;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.SandTransportResult;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.Cancellation;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.RunListener;
import org.dunefront.workflow.StageContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrate stage's model results on the model grid ({@link MigrateRasterWriter}), on a 7 × 5 study grid of 30 m
 * cells with block factors 1, 2 and 3 (2 and 3 leave a partial last column and row of blocks): each file has the
 * model grid's size and GeoTransform (checked by hand and by GDAL), NaN nodata and its unit, holds the model arrays
 * value for value (first arrival masked to the model's asset cells), and, expanded by nearest neighbour (study cell
 * (c, r) takes model cell (c / k, r / k)), gives exactly the study-grid file the stage wrote before
 * ({@link BlockAggregator#upsample}, first arrival masked to the study's asset cells).
 */
class MigrateRasterWriterTest {
    private static final int W = 7, H = 5;
    private static final double X0 = 500_000, Y0 = 4_200_000, CELL = 30;

    @TempDir
    Path tmp;

    private StageContext context(String name) throws IOException {
        RunContext rc = new RunContext(ConfigLoader.defaults(), tmp, tmp.resolve(name), 1, IoChoice.JAVA,
                GeoTiffTestFiles.INSTANCE, new RunListener() { }, new Cancellation(), "test", null);
        return new StageContext(rc, "migrate", Files.createDirectories(tmp.resolve(name)), Map.of(), ProgressListener.NONE);
    }

    /** Distinct values per model cell (some NaN), so a misplaced cell cannot go unnoticed. */
    private static float[] layer(int n, float scale, int nanEvery) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (i + 1) % nanEvery == 0 ? Float.NaN : scale * (i + 1) + 0.125f;
        return v;
    }

    /** Nearest-neighbour expansion by hand: study cell (c, r) takes model cell (c / k, r / k). */
    private static float[] expand(float[] model, int mw, int k) {
        float[] s = new float[W * H];
        for (int r = 0; r < H; r++) for (int c = 0; c < W; c++) s[r * W + c] = model[(r / k) * mw + c / k];
        return s;
    }

    private static float[] read(Path f, GridGeometry expectedGrid, String unit) throws IOException {
        try (RasterSource s = GeoTiffReader.open(f)) {
            assertEquals(expectedGrid.width(), s.grid().width(), f.toString());
            assertEquals(expectedGrid.height(), s.grid().height(), f.toString());
            assertTrue(s.grid().sameGridAs(expectedGrid, 1e-12), f + ": " + s.grid());
            assertEquals(unit, s.bandInfo(0).unit(), f.toString());
            assertTrue(s.bandInfo(0).noData().present() && Double.isNaN(s.bandInfo(0).noData().value()), f + " nodata is NaN");
            return StageRasters.floats(s.read(0, s.grid().extent()));
        }
    }

    @Test
    void modelResultsAreWrittenOnTheModelGridAndExpandToTheFormerStudyGridFiles() throws Exception {
        GridGeometry study = new GridGeometry(CrsDefinition.epsg(32648), GeoTransform.northUp(X0, Y0, CELL, CELL), W, H);
        TransportParams p = ScienceMapping.transport(ConfigLoader.defaults(), 1);
        // study asset cells: a few scattered cells, one of them in the partial last column / row
        byte[] studyAssets = new byte[W * H];
        for (int i : new int[] {0, 9, 20, 34}) studyAssets[i] = 1;
        for (int k : new int[] {1, 2, 3}) {
            BlockAggregator agg = new BlockAggregator(W, H, k);
            int mw = agg.modelWidth(), mh = agg.modelHeight(), mn = mw * mh;
            assertEquals((W + k - 1) / k, mw);
            assertEquals((H + k - 1) / k, mh);
            GridGeometry model = k == 1 ? study : ModelLayers.modelGrid(study, agg);
            // the GeoTransform by hand: same origin and CRS, k times the cell
            assertEquals(new GeoTransform(X0, CELL * k, 0, Y0, 0, -CELL * k), model.transform(), "k " + k);
            assertEquals(study.crs(), model.crs());
            // model asset cells by the any-asset rule
            byte[] assets = new byte[mn];
            for (int i = 0; i < W * H; i++) if (studyAssets[i] != 0) assets[((i / W) / k) * mw + (i % W) / k] = 1;
            float[] thick = layer(mn, 0.5f, 5), net = layer(mn, -0.25f, 7), arrival = layer(mn, 1f, 4),
                    front = layer(mn, 3f, 6), celerity = layer(mn, 0.75f, 9);
            SandTransportResult res = new SandTransportResult(thick, net, arrival, front, celerity, null, null, List.of(), null);
            ModelLayers layers = new ModelLayers(study, model, agg, null, null, assets, null, null, null, null, null,
                    List.of(), List.of(), new long[0]);
            StageContext ctx = context("k" + k);
            MigrateRasterWriter.write(ctx, layers, p, res, ProgressListener.NONE);

            float[] expectedFirst = arrival.clone();
            for (int i = 0; i < mn; i++) if (assets[i] == 0) expectedFirst[i] = Float.NaN;
            Map<String, float[]> expected = Map.of(
                    MigrateOutputs.thickness(p.horizonYears()), thick, MigrateOutputs.NET_CHANGE, net,
                    MigrateOutputs.FIRST_ARRIVAL, expectedFirst, MigrateOutputs.ARRIVAL, arrival,
                    MigrateOutputs.FRONT_ADVANCE, front, MigrateOutputs.CELERITY, celerity);
            Map<String, String> units = Map.of(MigrateOutputs.thickness(p.horizonYears()), "m", MigrateOutputs.NET_CHANGE, "m",
                    MigrateOutputs.FIRST_ARRIVAL, "year", MigrateOutputs.ARRIVAL, "year",
                    MigrateOutputs.FRONT_ADVANCE, "m/yr", MigrateOutputs.CELERITY, "m/yr");
            for (Map.Entry<String, float[]> e : expected.entrySet()) {
                String what = e.getKey() + ", k " + k;
                float[] got = read(ctx.output(e.getKey()), model, units.get(e.getKey()));
                assertArrayEquals(e.getValue(), got, what);
                // expanded, the file is the study-grid file of the former writer (nearest-neighbour upsampling)
                float[] before = new float[W * H];
                agg.upsample(e.getKey().equals(MigrateOutputs.FIRST_ARRIVAL) ? arrival : e.getValue(), 0, H, before);
                if (e.getKey().equals(MigrateOutputs.FIRST_ARRIVAL)) {
                    for (int i = 0; i < before.length; i++) if (studyAssets[i] == 0) before[i] = Float.NaN;
                }
                float[] expanded = expand(got, mw, k);
                if (e.getKey().equals(MigrateOutputs.FIRST_ARRIVAL)) {
                    for (int i = 0; i < expanded.length; i++) if (studyAssets[i] == 0) expanded[i] = Float.NaN;
                }
                assertArrayEquals(before, expanded, what + ": expanded = the former study-grid file");
            }
            // the last study cell (6, 4) lies in the last, partial block: model cell (6 / k, 4 / k)
            float[] t = read(ctx.output(MigrateOutputs.thickness(p.horizonYears())), model, "m");
            assertEquals(thick[(4 / k) * mw + 6 / k], expand(t, mw, k)[W * H - 1], 0, "k " + k);
        }
    }

    @Test
    void gdalReadsTheModelGridGeoTransformSizeAndValues() throws Exception {
        Gdal.require();
        GridGeometry study = new GridGeometry(CrsDefinition.epsg(32648), GeoTransform.northUp(X0, Y0, CELL, CELL), W, H);
        BlockAggregator agg = new BlockAggregator(W, H, 3);
        GridGeometry model = ModelLayers.modelGrid(study, agg);
        TransportParams p = ScienceMapping.transport(ConfigLoader.defaults(), 1);
        int mn = agg.modelWidth() * agg.modelHeight(); // 3 x 2
        float[] thick = layer(mn, 0.5f, 4);
        byte[] assets = {0, 1, 0, 0, 0, 1};
        SandTransportResult res = new SandTransportResult(thick, thick, thick, thick, thick, null, null, List.of(), null);
        ModelLayers layers = new ModelLayers(study, model, agg, null, null, assets, null, null, null, null, null,
                List.of(), List.of(), new long[0]);
        StageContext ctx = context("gdal");
        MigrateRasterWriter.write(ctx, layers, p, res, ProgressListener.NONE);
        Path f = ctx.output(MigrateOutputs.thickness(p.horizonYears()));
        JsonNode info = Gdal.info(f);
        assertArrayEquals(new double[] {3, 2}, new double[] {info.get("size").get(0).asDouble(), info.get("size").get(1).asDouble()});
        assertArrayEquals(new double[] {X0, 90, 0, Y0, 0, -90}, Gdal.geoTransform(info), 0);
        // the model grid covers the study grid: lower-right corner 9 x 6 study cells from the origin (7 x 5 + padding)
        JsonNode lr = info.get("cornerCoordinates").get("lowerRight");
        assertEquals(X0 + 9 * CELL, lr.get(0).asDouble(), 0);
        assertEquals(Y0 - 6 * CELL, lr.get(1).asDouble(), 0);
        assertTrue(info.path("coordinateSystem").path("wkt").asText().contains("32648"), "EPSG:32648");
        assertEquals("NaN", info.get("bands").get(0).get("noDataValue").asText());
        double[] px = Gdal.pixels(f, 1, tmp);
        assertEquals(mn, px.length);
        for (int i = 0; i < mn; i++) assertEquals(thick[i], (float) px[i], 0, "cell " + i);
        double[] first = Gdal.pixels(ctx.output(MigrateOutputs.FIRST_ARRIVAL), 1, tmp);
        for (int i = 0; i < mn; i++) {
            if (assets[i] == 0) assertTrue(Double.isNaN(first[i]), "cell " + i + " is not an asset cell");
            else assertEquals(thick[i], (float) first[i], 0, "cell " + i);
        }
    }
}
