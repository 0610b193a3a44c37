package org.dunefront.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dunefront.crs.CrsTransform;
import org.dunefront.error.DunefrontException;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.legend.CodeHistogram;
import org.dunefront.legend.LandCoverMapping;
import org.dunefront.legend.LegendFiles;
import org.dunefront.legend.SourceProduct;
import org.dunefront.sample.SampleBasinGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every ingest validation error through {@code dunefront ingest}: exit code and a message naming file, problem and fix. */
class IngestValidationTest {
    @TempDir
    Path tmp;
    static SampleFixture sample;

    @BeforeAll
    static void basin() throws Exception {
        sample = SampleFixture.shared();
    }

    private IngestCli.Result ingest(Map<String, String> changes) throws Exception {
        Map<String, String> keys = new LinkedHashMap<>(sample.keys());
        keys.putAll(changes);
        return IngestCli.ingest(tmp.resolve("run"), keys);
    }

    private static void assertInputError(IngestCli.Result r, String... fragments) {
        assertEquals(DunefrontException.EXIT_INPUT, r.code(), r.err());
        assertEquals(3, r.code());
        for (String f : fragments) assertTrue(r.err().contains(f), "missing '" + f + "' in: " + r.err());
        assertFalse(Files.exists(r.workspace().resolve(IngestOutputs.LANDCOVER)), "no workspace left behind");
    }

    @Test
    void missingLayerFileNamesTheKeyAndPath() throws Exception {
        Path missing = tmp.resolve("nowhere/dem.tif");
        IngestCli.Result r = ingest(Map.of("dem", IngestCli.q(missing)));
        assertInputError(r, missing.toString(), "input file 'study.dem' not found", "Check study.dem in the configuration");
    }

    @Test
    void blankRequiredLayerIsAConfigurationError() throws Exception {
        IngestCli.Result r = ingest(Map.of("windV", "\"\""));
        assertEquals(DunefrontException.EXIT_USAGE, r.code(), r.err());
        assertTrue(r.err().contains("study.windV") && r.err().contains("missing layer") && r.err().contains("Set study.windV"), r.err());
    }

    @Test
    void aoiOutsideTheExplicitExtentIsNoOverlap() throws Exception {
        GridGeometry g = sample.basin.grid();
        double[] e = g.envelope();
        Path aoi = polygonGeoJson(g, e[2] + 5000, e[1], e[2] + 9000, e[3]);
        IngestCli.Result r = ingest(Map.of("aoi", IngestCli.q(aoi),
                "extent", "[" + e[0] + ", " + e[1] + ", " + e[2] + ", " + e[3] + "]"));
        assertInputError(r, aoi.toString(), "no overlap with the AOI", "cover no cell of the study grid", "Check the AOI's CRS");
    }

    @Test
    void aoiBesideTheLandCoverIsNoOverlap() throws Exception {
        GridGeometry g = sample.basin.grid();
        double[] e = g.envelope();
        Path aoi = polygonGeoJson(g, e[2] + 5000, e[1], e[2] + 9000, e[3]);
        IngestCli.Result r = ingest(Map.of("aoi", IngestCli.q(aoi)));
        assertInputError(r, sample.file("landcover.tif").toString(), "no overlap between", "the study grid");
    }

    @Test
    void landCoverCodesOutsideTheMappingAreListedWithCounts() throws Exception {
        IngestCli.Result r = ingest(Map.of("legendFile", "nlcd"));
        // expected list computed independently: the source histogram filtered by the shipped NLCD mapping (same grid, no AOI)
        CodeHistogram h;
        try (RasterSource lc = GeoTiffReader.open(sample.file("landcover.tif"))) {
            h = CodeHistogram.of(lc, 0);
        }
        LandCoverMapping nlcd = LegendFiles.defaultMapping(SourceProduct.NLCD, LegendFiles.defaultLegend());
        StringBuilder expected = new StringBuilder();
        for (var en : nlcd.unmappedCodes(h).entrySet()) {
            if (expected.length() > 0) expected.append(", ");
            expected.append(en.getKey()).append(" (").append(en.getValue()).append(en.getValue() == 1 ? " cell)" : " cells)");
        }
        assertTrue(expected.length() > 0);
        assertInputError(r, sample.file("landcover.tif").toString(), "land-cover codes not in the nlcd mapping", expected.toString(),
                "Add these codes to a copy of styles/mappings/nlcd.yaml");
    }

    @Test
    void implausibleWindSpeedNamesBandTimeAndValue() throws Exception {
        float[][] u = sample.constant(3, 4f), v = sample.constant(3, 3f);
        u[1][5] = 70f;
        IngestCli.Result r = ingest(wind(u, v, SampleFixture.times(3), SampleFixture.times(3)));
        assertInputError(r, "u.tif", "implausible wind speed 70.1 m/s (u 70.0, v 3.0) in band 2 (time 2023-01-01T06:00:00Z)",
                "the limit is 60 m/s", "Check the units");
    }

    @Test
    void allZeroWindIsImplausible() throws Exception {
        IngestCli.Result r = ingest(wind(sample.constant(2, 0f), sample.constant(2, 0f), SampleFixture.times(2), SampleFixture.times(2)));
        assertInputError(r, "u.tif", "are zero in every cell and time step");
    }

    @Test
    void uvBandCountMismatch() throws Exception {
        IngestCli.Result r = ingest(wind(sample.constant(3, 4f), sample.constant(2, 3f), SampleFixture.times(3), SampleFixture.times(2)));
        assertInputError(r, "v.tif", "u/v band count mismatch", "has 3 bands (time steps)", "has 2", "same time steps");
    }

    @Test
    void missingTimestampsListTheBands() throws Exception {
        String[] t = SampleFixture.times(3);
        t[1] = null;
        IngestCli.Result r = ingest(wind(sample.constant(3, 4f), sample.constant(3, 3f), t, SampleFixture.times(3)));
        assertInputError(r, "u.tif", "missing timestamps: bands [2] of 3 have no 'time' metadata item", "gdal_edit.py -mo time=");
    }

    @Test
    void singleSnapshotWithoutTimestampIsKeptWithAWarning() throws Exception {
        IngestCli.Result r = ingest(wind(sample.constant(1, 4f), sample.constant(1, 3f), new String[] {null}, new String[] {null}));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("single wind snapshot without any timestamp"), r.err());
        try (RasterSource u = GeoTiffReader.open(r.workspace().resolve(IngestOutputs.WIND_U));
             RasterSource mean = GeoTiffReader.open(r.workspace().resolve(IngestOutputs.WIND_U_MEAN))) {
            assertEquals("unknown", u.bandInfo(0).metadata().get("time"));
            RasterBlock m = mean.read(0, mean.grid().extent());
            assertTrue(mean.grid().sameGridAs(u.grid(), 0), "the record mean lies on the native wind grid");
            for (int row = 0; row < m.height(); row++) {
                for (int c = 0; c < m.width(); c++) assertEquals(4.0, m.get(c, row), 0, "the mean of one step of 4 m/s");
            }
        }
    }

    @Test
    void riversWithoutAttributesFallBackWithWarnings() throws Exception {
        GridGeometry g = sample.basin.grid();
        double[] e = g.envelope();
        double[] pts = {e[0] + 100, e[1] + 100, e[2] - 100, e[3] - 100};
        CrsTransform.between(g.crs(), SampleBasinGenerator.WGS84, "grid", "lonlat").transformInPlace(pts, 0, 2);
        Path rivers = tmp.resolve("rivers.geojson");
        SampleFixture.writeText(rivers, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[" + pts[0] + "," + pts[1] + "],[" + pts[2] + "," + pts[3] + "]]}}]}");
        IngestCli.Result r = ingest(Map.of("rivers", IngestCli.q(rivers)));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(rivers + ": rivers have no 'channelized' attribute; all 1 features are treated as not channelized"), r.err());
        assertTrue(r.err().contains("no 'seasonal' attribute; all 1 features are treated as seasonal"), r.err());
        try (RasterSource s = GeoTiffReader.open(r.workspace().resolve(IngestOutputs.RIVERS))) {
            RasterBlock b = s.read(0, s.grid().extent());
            long cells = 0;
            for (int row = 0; row < b.height(); row++) {
                for (int c = 0; c < b.width(); c++) {
                    double v = b.get(c, row);
                    assertTrue(v == 0 || v == 5, "river + seasonal bits (the fallback): " + v);
                    if (v == 5) cells++;
                }
            }
            // a diagonal across 64 × 48 cells crosses at least max(w, h) cells and at most w + h
            assertTrue(cells >= 60 && cells <= 112, "diagonal river cells " + cells);
        }
    }

    private Map<String, String> wind(float[][] u, float[][] v, String[] tu, String[] tv) throws Exception {
        Path fu = sample.windFile("t-" + System.nanoTime() + "-u.tif", u, tu);
        Path fv = sample.windFile("t-" + System.nanoTime() + "-v.tif", v, tv);
        Path du = tmp.resolve("u.tif"), dv = tmp.resolve("v.tif");
        Files.move(fu, du);
        Files.move(fv, dv);
        return Map.of("windU", IngestCli.q(du), "windV", IngestCli.q(dv));
    }

    /** A GeoJSON polygon (lon/lat) of the rectangle [x0, x1] × [y0, y1] given in the sample grid's CRS. */
    private Path polygonGeoJson(GridGeometry g, double x0, double y0, double x1, double y1) throws Exception {
        double[] p = {x0, y0, x1, y0, x1, y1, x0, y1};
        CrsTransform.between(g.crs(), SampleBasinGenerator.WGS84, "grid", "lonlat").transformInPlace(p, 0, 4);
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= 8; i += 2) ring.append(i == 0 ? "" : ",").append('[').append(p[i % 8]).append(',').append(p[i % 8 + 1]).append(']');
        Path f = tmp.resolve("aoi.geojson");
        SampleFixture.writeText(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}}]}");
        return f;
    }
}
