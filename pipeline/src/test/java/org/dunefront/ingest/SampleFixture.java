package org.dunefront.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.io.geotiff.GeoTiffWriteOptions;
import org.dunefront.io.geotiff.GeoTiffWriter;
import org.dunefront.legend.LegendFiles;
import org.dunefront.sample.SampleBasin;
import org.dunefront.sample.SampleBasinGenerator;
import org.dunefront.sample.SampleBasinParameters;
import org.dunefront.sample.SampleBasinWriter;

/** A small generated sample basin written as GeoTIFF/GeoPackage files, plus builders of broken variants (test helper). */
final class SampleFixture {
    static final int WIDTH = 64, HEIGHT = 48;

    final Path dir;
    final SampleBasin basin;

    private SampleFixture(Path dir, SampleBasin basin) {
        this.dir = dir;
        this.basin = basin;
    }

    private static SampleFixture shared;

    /** One basin per test JVM (generating a year of wind takes a few seconds), deleted at exit. */
    static synchronized SampleFixture shared() throws IOException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("dunefront-ingest-sample");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            shared = write(dir);
        }
        return shared;
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at JVM exit
        }
    }

    static SampleFixture write(Path dir) throws IOException {
        SampleBasinParameters p = SampleBasinParameters.of(7, WIDTH, HEIGHT, 30);
        var legend = LegendFiles.defaultLegend();
        SampleBasin basin = SampleBasinGenerator.generate(p, legend);
        SampleBasinWriter.write(basin, p, legend, dir, (r, f) -> GeoTiffWriter.copy(r, f, GeoTiffWriteOptions.defaults()
                .withTileSize(Math.min(64, (Math.max(r.grid().width(), r.grid().height()) + 15) / 16 * 16)), ProgressListener.NONE), "test");
        return new SampleFixture(dir, basin);
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /** The study keys of a complete ingest of the sample (no AOI, 30 m EPSG:32648). */
    Map<String, String> keys() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("landcover", IngestCli.q(file(SampleBasinWriter.LANDCOVER)));
        k.put("dem", IngestCli.q(file(SampleBasinWriter.DEM)));
        k.put("windU", IngestCli.q(file(SampleBasinWriter.WIND_U)));
        k.put("windV", IngestCli.q(file(SampleBasinWriter.WIND_V)));
        k.put("rivers", IngestCli.q(file(SampleBasinWriter.RIVERS)));
        k.put("plantation", IngestCli.q(file(SampleBasinWriter.PLANTATION)));
        k.put("crs", "EPSG:32648");
        k.put("cellSizeM", "30");
        return k;
    }

    /** A float32 wind file on the sample's wind grid: one band per entry of {@code values} (per cell), time per band (null = none). */
    Path windFile(String name, float[][] values, String[] times) throws IOException {
        GridGeometry g = basin.windU().grid();
        List<BandInfo> bands = new ArrayList<>();
        for (String t : times) {
            BandInfo b = BandInfo.of(NoData.of(-9999)).withUnit("m/s");
            bands.add(t == null ? b : b.withMetadata(Map.of("time", t)));
        }
        Path f = dir.resolve(name);
        try (RasterSink s = GeoTiffWriter.create(f, g, DataType.FLOAT32, bands, GeoTiffWriteOptions.defaults().withTileSize(16))) {
            for (int b = 0; b < values.length; b++) s.write(b, new RasterBlock.Floats(g.extent(), NoData.of(-9999), values[b].clone()));
            s.commit();
        }
        return f;
    }

    /** {@code bands} bands of constant value {@code value} on the wind grid. */
    float[][] constant(int bands, float value) {
        int n = (int) basin.windU().grid().cellCount();
        float[][] out = new float[bands][n];
        for (float[] b : out) java.util.Arrays.fill(b, value);
        return out;
    }

    static String[] times(int n) {
        String[] t = new String[n];
        for (int i = 0; i < n; i++) t[i] = String.format("2023-01-01T%02d:00:00Z", 6 * i);
        return t;
    }

    static void writeText(Path f, String text) throws IOException {
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }
}
