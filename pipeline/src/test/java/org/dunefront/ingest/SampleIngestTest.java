package org.dunefront.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.plan.RiverFlag;
import org.dunefront.sample.SampleBasinGenerator;
import org.dunefront.workflow.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of a generated sample basin through {@code dunefront ingest}: one grid for every layer, manifest checksums, AOI clipping. */
class SampleIngestTest {
    @TempDir
    static Path tmp;
    static SampleFixture sample;
    static IngestCli.Result run;

    @BeforeAll
    static void ingest() throws Exception {
        sample = SampleFixture.shared();
        run = IngestCli.ingest(tmp.resolve("run"), sample.keys());
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void everyStudyGridLayerIsOnTheLandCoverGrid() throws Exception {
        GridGeometry expected = sample.basin.grid();
        for (String f : IngestOutputs.STUDY_GRID_RASTERS) {
            try (RasterSource s = GeoTiffReader.open(run.workspace().resolve(f))) {
                assertEquals(expected.width(), s.grid().width(), f);
                assertEquals(expected.height(), s.grid().height(), f);
                assertArrayEquals(expected.transform().toGdal(), s.grid().transform().toGdal(), 1e-9, f);
                assertEquals(32648, s.grid().crs().epsgCode().getAsInt(), f);
            }
        }
        try (RasterSource u = GeoTiffReader.open(run.workspace().resolve(IngestOutputs.WIND_U));
             RasterSource v = GeoTiffReader.open(run.workspace().resolve(IngestOutputs.WIND_V))) {
            GridGeometry wind = sample.basin.windU().grid();
            assertEquals(4326, u.grid().crs().epsgCode().getAsInt());
            assertEquals(wind.cellSizeX(), u.grid().cellSizeX(), 1e-12, "native wind cells kept");
            assertTrue(u.grid().sameGridAs(v.grid(), 1e-12));
            assertEquals(sample.basin.windU().bandCount(), u.bandCount(), "one band per time step");
            int last = u.bandCount() - 1;
            assertEquals(sample.basin.windU().bandInfo(last).metadata().get("time"), u.bandInfo(last).metadata().get("time"));
            // values copied unchanged from the native grid (clip offset found from the origins)
            int dc = (int) Math.round((u.grid().transform().originX() - wind.transform().originX()) / wind.cellSizeX());
            int dr = (int) Math.round((wind.transform().originY() - u.grid().transform().originY()) / wind.cellSizeX());
            RasterBlock ours = u.read(last, u.grid().extent());
            RasterBlock src = sample.basin.windU().band(last);
            for (int r = 0; r < ours.height(); r++) {
                for (int c = 0; c < ours.width(); c++) assertEquals(src.get(c + dc, r + dr), ours.get(c, r), 0);
            }
        }
    }

    @Test
    void layersCarryTheInputsValues() throws Exception {
        try (RasterSource lc = GeoTiffReader.open(run.workspace().resolve(IngestOutputs.LANDCOVER));
             RasterSource rivers = GeoTiffReader.open(run.workspace().resolve(IngestOutputs.RIVERS));
             RasterSource plant = GeoTiffReader.open(run.workspace().resolve(IngestOutputs.PLANTATION));
             RasterSource dem = GeoTiffReader.open(run.workspace().resolve(IngestOutputs.DEM))) {
            var w = lc.grid().extent();
            RasterBlock a = lc.read(0, w), b = sample.basin.landCover().band(0);
            RasterBlock pa = plant.read(0, w), pb = sample.basin.plantationMask().band(0);
            RasterBlock da = dem.read(0, w), db = sample.basin.dem().band(0);
            int riverBits = 0;
            RasterBlock rv = rivers.read(0, w);
            for (int r = 0; r < w.height(); r++) {
                for (int c = 0; c < w.width(); c++) {
                    assertEquals(b.get(c, r), a.get(c, r), "same grid, nearest: identical legend codes");
                    assertEquals(pb.get(c, r) == 1 ? 1 : 0, pa.get(c, r));
                    assertEquals(db.get(c, r), da.get(c, r), 1e-3, "same grid, bilinear at cell centres: identical");
                    riverBits |= (int) rv.get(c, r);
                }
            }
            assertEquals(RiverFlag.valueOf(RiverFlag.RIVER, RiverFlag.CHANNELIZED, RiverFlag.SEASONAL), riverBits,
                    "the sample's seasonal river with its channelized reach");
        }
        assertTrue(!run.err().contains("WARN") || !run.err().contains("attribute"), run.err());
    }

    @Test
    void manifestListsEveryInputAndOutputWithItsChecksum() throws Exception {
        JsonNode m = new ObjectMapper().readTree(run.workspace().resolve("manifest.json").toFile());
        Map<String, String> in = new TreeMap<>(), out = new TreeMap<>();
        m.get("inputs").forEach(f -> in.put(f.get("name").asText(), f.get("sha256").asText()));
        m.get("outputs").forEach(f -> out.put(f.get("path").asText(), f.get("sha256").asText()));
        assertEquals(Sha256.file(sample.file("dem.tif")), in.get("study.dem"));
        assertEquals(Sha256.file(sample.file("rivers.gpkg")), in.get("study.rivers"));
        assertEquals(6, in.size(), in.toString());
        for (String f : new String[] {"grid.json", "landcover.tif", "dem.tif", "wind_u.tif", "wind_v.tif", "wind_u_mean_native.tif",
                "wind_v_mean_native.tif", "rivers.tif", "aoi.tif", "plantation.tif"}) {
            assertEquals(Sha256.file(run.workspace().resolve(f)), out.get(f), f);
        }
        assertTrue(m.get("softwareVersion").asText().length() > 0);
    }

    /** An AOI polygon (GeoJSON, lon/lat) over the western half: the grid shrinks to it and outside cells are nodata everywhere. */
    @Test
    void aoiClipsEveryLayer() throws Exception {
        GridGeometry g = sample.basin.grid();
        double[] e = g.envelope();
        var toLonLat = org.dunefront.crs.CrsTransform.between(g.crs(), SampleBasinGenerator.WGS84, "grid", "lonlat");
        double midX = (e[0] + e[2]) / 2;
        double[] pts = {e[0] + 45, e[1] + 45, midX, e[1] + 45, midX, e[3] - 45, e[0] + 45, e[3] - 45};
        toLonLat.transformInPlace(pts, 0, 4);
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= 8; i += 2) {
            int k = i % 8;
            ring.append(i == 0 ? "" : ",").append('[').append(pts[k]).append(',').append(pts[k + 1]).append(']');
        }
        Path aoi = tmp.resolve("aoi.geojson");
        SampleFixture.writeText(aoi, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}}]}");
        Map<String, String> keys = new java.util.LinkedHashMap<>(sample.keys());
        keys.put("aoi", IngestCli.q(aoi));
        IngestCli.Result r = IngestCli.ingest(tmp.resolve("aoi-run"), keys);
        assertEquals(0, r.code(), r.err());
        try (RasterSource mask = GeoTiffReader.open(r.workspace().resolve(IngestOutputs.AOI))) {
            GridGeometry s = mask.grid();
            assertTrue(s.width() < g.width() * 0.6 && s.width() > g.width() * 0.4, "grid from the AOI: " + s.width());
            RasterBlock m = mask.read(0, s.extent());
            long inside = 0;
            for (String f : IngestOutputs.STUDY_GRID_RASTERS) {
                if (f.equals(IngestOutputs.AOI)) continue;
                try (RasterSource l = GeoTiffReader.open(r.workspace().resolve(f))) {
                    assertTrue(l.grid().sameGridAs(s, 1e-12), f);
                    RasterBlock b = l.read(0, s.extent());
                    for (int row = 0; row < s.height(); row++) {
                        for (int c = 0; c < s.width(); c++) {
                            if (m.get(c, row) == 0) assertTrue(b.isNoData(c, row), f + " outside the AOI at " + c + "," + row);
                            else if (f.equals(IngestOutputs.LANDCOVER)) inside++;
                        }
                    }
                }
            }
            // a 45 m inset rectangle: the cells whose centres fall inside it (about 1.5 cells off each edge)
            assertTrue(inside > 0.85 * s.cellCount(), "inside " + inside + " of " + s.cellCount());
        }
    }
}
