package org.dunefront.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.legend.LegendFiles;
import org.dunefront.workflow.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IngestOp directly: same bytes whatever the thread count, same values whatever the tile size; progress reaches 1. */
class IngestDeterminismTest {
    @TempDir
    Path tmp;

    private IngestResult run(SampleFixture s, int tileSize, int threads, Path out, ProgressListener p) throws Exception {
        IngestRequest base = IngestRequest.of(s.file("landcover.tif"), s.file("dem.tif"), s.file("wind_u10.tif"),
                s.file("wind_v10.tif"), StudyGridSpec.of(CrsDefinition.epsg(32648), 45), LegendFiles.defaultLegend());
        IngestRequest req = new IngestRequest(base.landCover(), base.dem(), base.windU(), base.windV(),
                Optional.of(s.file("rivers.gpkg")), Optional.empty(), Optional.of(s.file("plantation_mask.tif")), Optional.of(new AssetInput(assets(s), 45)), base.grid(),
                base.legend(), Optional.empty(), java.util.Map.of(), 60, tileSize);
        try (TiledExecutor ex = new TiledExecutor(threads)) {
            return IngestOp.run(req, out, ex, p);
        }
    }

    @Test
    void threadCountNeverChangesBytesAndTileSizeNeverChangesValues() throws Exception {
        SampleFixture s = SampleFixture.shared();
        double[] last = {-1};
        boolean[] monotonic = {true};
        IngestResult a = run(s, 16, 1, tmp.resolve("a"), (f, m) -> {
            synchronized (last) {
                if (f < last[0] - 1e-12) monotonic[0] = false;
                last[0] = f;
            }
            return true;
        });
        IngestResult b = run(s, 16, 2, tmp.resolve("b"), ProgressListener.NONE);
        IngestResult c = run(s, 512, 2, tmp.resolve("c"), ProgressListener.NONE);
        assertEquals(1.0, last[0], 0);
        assertTrue(monotonic[0], "progress never goes back");
        // 45 m cells on a 30 m land cover: resampled, not the land cover's lattice
        assertEquals(45, a.grid().cellSizeX(), 0);
        assertEquals(a.files(), b.files());
        for (String f : a.files()) {
            assertEquals(Sha256.file(tmp.resolve("a").resolve(f)), Sha256.file(tmp.resolve("b").resolve(f)), f + " 1 vs 2 threads");
        }
        for (String f : a.files()) {
            if (!f.endsWith(".tif")) continue;
            try (RasterSource x = GeoTiffReader.open(tmp.resolve("a").resolve(f)); RasterSource y = GeoTiffReader.open(tmp.resolve("c").resolve(f))) {
                assertEquals(x.bandCount(), y.bandCount(), f);
                for (int band = 0; band < x.bandCount(); band += Math.max(1, x.bandCount() / 7)) {
                    RasterBlock bx = x.read(band, x.grid().extent()), by = y.read(band, y.grid().extent());
                    assertArrayEquals(values(bx), values(by), f + " band " + band + ": tile 16 vs 512");
                }
            }
        }
        assertTrue(Files.readString(tmp.resolve("a").resolve("grid.json")).contains("\"timeSteps\" : 1460"));
        assertTrue(a.numbers().get("assetCellsGained.road") > 20, "the road gained cells: " + a.numbers());
        assertTrue(a.numbers().get("assetCellsGained.settlement") > 20, "the village gained cells: " + a.numbers());
    }

    /** A diagonal road and a village polygon across the sample (UTM 48N). */
    private Path assets(SampleFixture s) throws java.io.IOException {
        Path f = tmp.resolve("assets.geojson");
        if (Files.exists(f)) return f;
        double[] e = s.basin.grid().envelope();
        double w = e[2] - e[0], h = e[3] - e[1];
        return AssetFiles.inEpsg(32648)
                .feature(AssetFiles.line(e[0] + 0.03 * w, e[1] + 0.1 * h, e[0] + 0.61 * w, e[1] + 0.93 * h, e[2], e[1] + 0.4 * h), null)
                .feature(AssetFiles.polygon(e[0] + 0.2 * w, e[1] + 0.2 * h, e[0] + 0.5 * w, e[1] + 0.25 * h, e[0] + 0.4 * w,
                        e[1] + 0.6 * h, e[0] + 0.2 * w, e[1] + 0.2 * h), null)
                .write(f);
    }

    private static double[] values(RasterBlock b) {
        double[] v = new double[(int) b.window().cellCount()];
        for (int r = 0, i = 0; r < b.height(); r++) for (int c = 0; c < b.width(); c++) v[i++] = b.get(c, r);
        return v;
    }
}
