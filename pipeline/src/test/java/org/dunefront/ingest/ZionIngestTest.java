package org.dunefront.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.legend.LandCoverMapping;
import org.dunefront.legend.Legend;
import org.dunefront.legend.LegendFiles;
import org.dunefront.plan.RiverFlag;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real mixed-CRS case of issue 4: Zion National Park with an SRTM DEM in EPSG:4326 (~90 m), NLCD 2011 land
 * cover in a user-defined UTM 12N (~31.5 m), ERA5 0.25° u/v snapshots, Natural Earth river lines (EPSG:4326) and
 * the park boundary (user-defined UTM) as AOI, ingested on a 30 m EPSG:32612 grid through the CLI and checked
 * against GDAL (gdalwarp / ogr2ogr + gdal_rasterize on the same grid).
 */
class ZionIngestTest {
    @TempDir
    static Path tmp;
    static IngestCli.Result run;
    static JsonNode gridInfo;
    static double[] gt;
    static int width, height;
    static String te;

    @BeforeAll
    static void ingest() throws Exception {
        Gdal.require();
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("landcover", IngestCli.q(RealData.file("landcover/zion_nlcd2011.tif")));
        keys.put("dem", IngestCli.q(RealData.file("dem/zion_srtm_wgs84.tif")));
        keys.put("windU", IngestCli.q(RealData.file("wind/era5_u10_swus_19950714T12.tif")));
        keys.put("windV", IngestCli.q(RealData.file("wind/era5_v10_swus_19950714T12.tif")));
        keys.put("rivers", IngestCli.q(RealData.file("rivers/ne_10m_rivers_zion.gpkg")));
        keys.put("aoi", IngestCli.q(RealData.file("vector/zion.gpkg")));
        keys.put("crs", "EPSG:32612");
        keys.put("cellSizeM", "30");
        keys.put("legendFile", "nlcd");
        run = IngestCli.ingest(tmp.resolve("zion"), keys);
        assertEquals(0, run.code(), run.err());
        gridInfo = Gdal.info(run.workspace().resolve(IngestOutputs.LANDCOVER));
        gt = Gdal.geoTransform(gridInfo);
        width = gridInfo.get("size").get(0).asInt();
        height = gridInfo.get("size").get(1).asInt();
        te = String.format(Locale.ROOT, "%.6f %.6f %.6f %.6f", gt[0], gt[3] + height * gt[5], gt[0] + width * gt[1], gt[3]);
    }

    @Test
    void everyStudyGridLayerSharesOneGridInEpsg32612At30m() throws Exception {
        assertEquals(30, gt[1], 0);
        assertEquals(-30, gt[5], 0);
        assertEquals(0, gt[0] % 30, 1e-9, "-tap snapped origin");
        // the AOI's extent in EPSG:32612 (ogr2ogr; ~302903..334735, 4112240..4153090) snapped outward to 30 m
        String so = Gdal.run("ogrinfo", "-so", "-al", aoi32612().toString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Extent: \\(([-\\d.]+), ([-\\d.]+)\\) - \\(([-\\d.]+), ([-\\d.]+)\\)")
                .matcher(so);
        assertTrue(m.find(), so);
        double minX = Double.parseDouble(m.group(1)), minY = Double.parseDouble(m.group(2));
        double maxX = Double.parseDouble(m.group(3)), maxY = Double.parseDouble(m.group(4));
        assertEquals(Math.floor(minX / 30) * 30, gt[0], 0);
        assertEquals(Math.ceil(maxY / 30) * 30, gt[3], 0);
        assertEquals(Math.round((Math.ceil(maxX / 30) * 30 - gt[0]) / 30), width);
        assertEquals(Math.round((gt[3] - Math.floor(minY / 30) * 30) / 30), height);
        assertEquals(1062, width, 1);
        assertEquals(1362, height, 1);
        for (String f : IngestOutputs.STUDY_GRID_RASTERS) {
            JsonNode info = Gdal.info(run.workspace().resolve(f));
            assertEquals(width, info.get("size").get(0).asInt(), f);
            assertEquals(height, info.get("size").get(1).asInt(), f);
            assertArrayEquals(gt, Gdal.geoTransform(info), 1e-9, f);
            assertEquals(32612, info.get("stac").get("proj:epsg").asInt(), f);
            assertEquals(gridInfo.get("coordinateSystem").get("wkt").asText(), info.get("coordinateSystem").get("wkt").asText(), f);
        }
        JsonNode grid = new ObjectMapper().readTree(run.workspace().resolve(IngestOutputs.GRID_JSON).toFile()).get("grid");
        assertEquals(32612, grid.get("crs").get("epsg").asInt());
        assertEquals(width, grid.get("width").asInt());
        for (int i = 0; i < 6; i++) assertEquals(gt[i], grid.get("geoTransform").get(i).asDouble(), 1e-9);
    }

    @Test
    void manifestListsInputsAndOutputsWithChecksums() throws Exception {
        JsonNode m = new ObjectMapper().readTree(run.workspace().resolve("manifest.json").toFile());
        assertEquals("ingest", m.get("stage").asText());
        Map<String, String> inputs = new TreeMap<>();
        m.get("inputs").forEach(f -> inputs.put(f.get("name").asText(), f.get("sha256").asText()));
        assertEquals(java.util.Set.of("study.landcover", "study.dem", "study.windU", "study.windV", "study.rivers", "study.aoi"),
                inputs.keySet());
        assertEquals(org.dunefront.workflow.Sha256.file(RealData.file("landcover/zion_nlcd2011.tif")), inputs.get("study.landcover"));
        Map<String, String> outputs = new TreeMap<>();
        m.get("outputs").forEach(f -> outputs.put(f.get("path").asText(), f.get("sha256").asText()));
        for (String f : IngestOutputs.STUDY_GRID_RASTERS) {
            assertEquals(org.dunefront.workflow.Sha256.file(run.workspace().resolve(f)), outputs.get(f), f);
        }
        assertTrue(outputs.containsKey(IngestOutputs.GRID_JSON) && outputs.containsKey(IngestOutputs.WIND_U), outputs.toString());
        assertTrue(m.get("parameters").get("study").get("cellSizeM").asDouble() == 30);
    }

    /** AOI mask equals GDAL's rasterization of the park polygon (reprojected by ogr2ogr) on the same grid. */
    @Test
    void aoiMaskMatchesGdalRasterize() throws Exception {
        double[] ref = rasterize(aoi32612(), "aoi_ref.tif", false);
        double[] ours = aoiPixels();
        long same = 0, inside = 0;
        for (int i = 0; i < ref.length; i++) {
            if (ref[i] == ours[i]) same++;
            if (ours[i] == 1) inside++;
        }
        System.out.printf(Locale.ROOT, "Zion AOI: %d cells inside, %d cells differ from gdal_rasterize%n", inside, ref.length - same);
        assertTrue(inside > 500_000, "AOI cells " + inside);
        assertTrue(same >= ref.length - 0.002 * inside, "AOI agreement " + same + " of " + ref.length);
    }

    /** Land-cover classes agree with gdalwarp -r near of the NLCD file mapped through styles/mappings/nlcd.yaml. */
    @Test
    void landCoverClassesAgreeWithGdalwarpNearestMappedThroughNlcdYaml() throws Exception {
        Path ref = tmp.resolve("nlcd_ref.tif");
        Gdal.run("gdalwarp", "-q", "-overwrite", "-r", "near", "-t_srs", "EPSG:32612", "-te", te.split(" ")[0], te.split(" ")[1],
                te.split(" ")[2], te.split(" ")[3], "-tr", "30", "30", RealData.file("landcover/zion_nlcd2011.tif").toString(), ref.toString());
        Legend legend = LegendFiles.defaultLegend();
        Path root = Path.of(System.getProperty("dunefront.root", ".."));
        LandCoverMapping nlcd = LegendFiles.loadMapping(root.resolve("styles/mappings/nlcd.yaml"), legend);
        double[] src = Gdal.pixels(ref, 1, tmp);
        double[] ours = Gdal.pixels(run.workspace().resolve(IngestOutputs.LANDCOVER), 1, tmp);
        double[] aoi = aoiPixels();
        long[] refCounts = new long[256], ourCounts = new long[256];
        long compared = 0, agree = 0;
        for (int i = 0; i < src.length; i++) {
            if (aoi[i] != 1) {
                assertEquals(legend.noDataCode(), ours[i], "outside the AOI is nodata");
                continue;
            }
            int mapped = src[i] == 255 ? legend.noDataCode() : nlcd.map((int) src[i]);
            refCounts[mapped]++;
            ourCounts[(int) ours[i]]++;
            compared++;
            if (mapped == ours[i]) agree++;
        }
        double agreement = (double) agree / compared;
        System.out.printf(Locale.ROOT, "Zion land cover: %d AOI cells, agreement with gdalwarp+nlcd.yaml %.5f%n", compared, agreement);
        assertTrue(agreement >= 0.99, "agreement " + agreement);
        for (int k = 1; k < 256; k++) {
            if (refCounts[k] == 0 && ourCounts[k] == 0) continue;
            double rel = Math.abs(ourCounts[k] - refCounts[k]) / (double) Math.max(1, refCounts[k]);
            System.out.printf(Locale.ROOT, "  class %2d %-18s ours %7d gdal %7d (%.4f)%n", k,
                    legend.byCode(k).map(c -> c.id()).orElse("?"), ourCounts[k], refCounts[k], rel);
            assertTrue(rel <= 0.01 || Math.abs(ourCounts[k] - refCounts[k]) <= 5, "class " + k + " " + ourCounts[k] + " vs " + refCounts[k]);
        }
        assertTrue(ourCounts[legend.code("shrubland")] > 100_000, "Zion is mostly shrub/scrub");
    }

    /** Rivers: the Virgin River burnt where gdal_rasterize -at puts the same lines (reprojected by ogr2ogr). */
    @Test
    void virginRiverCellsAreWhereGdalRasterizePutsThem() throws Exception {
        Path lines = tmp.resolve("rivers32612.gpkg");
        Gdal.run("ogr2ogr", "-t_srs", "EPSG:32612", lines.toString(), RealData.file("rivers/ne_10m_rivers_zion.gpkg").toString());
        double[] ref = rasterize(lines, "rivers_ref.tif", true);
        double[] ours = Gdal.pixels(run.workspace().resolve(IngestOutputs.RIVERS), 1, tmp);
        double[] aoi = aoiPixels();
        long ourCells = 0, ourNear = 0, refCells = 0, refNear = 0;
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                int i = r * width + c;
                if (aoi[i] != 1) {
                    assertEquals(IngestOutputs.FLAG_NODATA, ours[i]);
                    continue;
                }
                if (ours[i] != 0) {
                    assertEquals(RiverFlag.valueOf(RiverFlag.RIVER, RiverFlag.SEASONAL), ours[i],
                            "no channelized/seasonal attribute: the contract's fallback, not channelized, seasonal");
                    ourCells++;
                    if (near(ref, r, c, v -> v != 0)) ourNear++;
                }
                if (ref[i] != 0) {
                    refCells++;
                    if (near(ours, r, c, v -> v != 0 && v != IngestOutputs.FLAG_NODATA)) refNear++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "Zion rivers: ours %d cells (%d within 1 cell of GDAL), GDAL %d (%d within 1 cell of ours)%n",
                ourCells, ourNear, refCells, refNear);
        assertTrue(ourCells > 200, "river cells " + ourCells);
        assertTrue(ourNear >= 0.9 * ourCells && refNear >= 0.9 * refCells, ourNear + "/" + ourCells + ", " + refNear + "/" + refCells);
        assertTrue(run.err().contains("no 'channelized' attribute") && run.err().contains("no 'seasonal' attribute"), run.err());
    }

    /** DEM: bilinear float32 within 1 m of gdalwarp -r bilinear on average; wind kept native with its time. */
    @Test
    void demIsBilinearFloat32AndWindKeepsItsNativeGridAndTime() throws Exception {
        Path ref = tmp.resolve("dem_ref.tif");
        Gdal.run("gdalwarp", "-q", "-overwrite", "-r", "bilinear", "-ot", "Float32", "-t_srs", "EPSG:32612", "-te", te.split(" ")[0],
                te.split(" ")[1], te.split(" ")[2], te.split(" ")[3], "-tr", "30", "30",
                RealData.file("dem/zion_srtm_wgs84.tif").toString(), ref.toString());
        double[] g = Gdal.pixels(ref, 1, tmp), ours = Gdal.pixels(run.workspace().resolve(IngestOutputs.DEM), 1, tmp);
        double[] aoi = aoiPixels();
        double sum = 0;
        long n = 0, fractional = 0;
        for (int i = 0; i < g.length; i++) {
            if (aoi[i] != 1) {
                assertEquals(IngestOutputs.FLOAT_NODATA, ours[i]);
                continue;
            }
            sum += Math.abs(g[i] - ours[i]);
            n++;
            if (ours[i] != Math.rint(ours[i])) fractional++;
        }
        System.out.printf(Locale.ROOT, "Zion DEM: mean |ours - gdalwarp -r bilinear| = %.4f m over %d cells%n", sum / n, n);
        assertTrue(sum / n < 1.0, "mean |ours - gdalwarp| = " + sum / n + " m");
        assertTrue(fractional > n / 2, "float32 bilinear values, not rounded to the source's uint16");
        JsonNode wu = Gdal.info(run.workspace().resolve(IngestOutputs.WIND_U));
        assertEquals(0.25, Gdal.geoTransform(wu)[1], 0);
        assertEquals(1, wu.get("bands").size());
        assertEquals("1995-07-14T12:00:00Z", wu.get("bands").get(0).get("metadata").get("").get("time").asText());
        assertTrue(wu.get("size").get(0).asInt() <= 5, "clipped to the study area plus one cell: " + wu.get("size"));
        assertTrue(run.err().contains("using the time 1995-07-14T12:00:00Z"), run.err());
    }

    private static synchronized Path aoi32612() {
        Path poly = tmp.resolve("zion32612.gpkg");
        if (!Files.exists(poly)) {
            Gdal.run("ogr2ogr", "-t_srs", "EPSG:32612", poly.toString(), RealData.file("vector/zion.gpkg").toString());
        }
        return poly;
    }

    private static double[] aoiCache;

    private static synchronized double[] aoiPixels() {
        if (aoiCache == null) aoiCache = Gdal.pixels(run.workspace().resolve(IngestOutputs.AOI), 1, tmp);
        return aoiCache;
    }

    private static double[] rasterize(Path vector, String name, boolean allTouched) {
        Path out = tmp.resolve(name);
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("gdal_rasterize", "-q", "-burn", "1", "-ot", "Byte",
                "-init", "0", "-a_srs", "EPSG:32612", "-te"));
        cmd.addAll(java.util.List.of(te.split(" ")));
        cmd.addAll(java.util.List.of("-tr", "30", "30"));
        if (allTouched) cmd.add("-at");
        cmd.add(vector.toString());
        cmd.add(out.toString());
        Gdal.run(cmd.toArray(String[]::new));
        return Gdal.pixels(out, 1, tmp);
    }

    private static boolean near(double[] a, int r, int c, java.util.function.DoublePredicate p) {
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int rr = r + dr, cc = c + dc;
                if (rr >= 0 && rr < height && cc >= 0 && cc < width && p.test(a[rr * width + cc])) return true;
            }
        }
        return false;
    }
}
