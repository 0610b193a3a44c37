package org.dunefront.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.VectorLayer;
import org.dunefront.io.gpkg.GeoPackageReader;
import org.dunefront.legend.Legend;
import org.dunefront.legend.LegendFiles;
import org.dunefront.testkit.Gdal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer step with a plain raw-dump raster writer (the GeoTIFF path is covered by SampleDataCommandTest). */
class SampleBasinWriterTest {
    @TempDir
    static Path tmp;

    private static final Legend LEGEND = LegendFiles.defaultLegend();
    private static Path seed3;

    @BeforeAll
    static void writeOnce() throws IOException {
        seed3 = tmp.resolve("a");
        write(3, seed3);
    }

    /** Raw big-endian dump of every band: deterministic, so checksums compare the generated values. */
    static void rawDump(RasterSource r, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            for (int b = 0; b < r.bandCount(); b++) {
                var block = r.read(b, r.grid().extent());
                for (int row = 0; row < block.height(); row++) {
                    for (int c = 0; c < block.width(); c++) out.writeDouble(block.get(c, row));
                }
            }
        }
    }

    private static List<Path> write(long seed, Path dir) throws IOException {
        SampleBasinParameters p = SampleBasinParameters.of(seed, 64, 48, 30);
        return SampleBasinWriter.write(SampleBasinGenerator.generate(p, LEGEND), p, LEGEND, dir,
                SampleBasinWriterTest::rawDump, "dunefront sample-data --out x --seed " + seed + " --size 64x48 --cell 30");
    }

    @Test
    void sameSeedGivesByteIdenticalFilesAndADifferentSeedDiffers() throws Exception {
        List<Path> a;
        try (var listing = Files.list(seed3)) {
            a = listing.sorted().toList();
        }
        List<Path> b = write(3, tmp.resolve("b"));
        write(4, tmp.resolve("c"));
        assertEquals(a, b.stream().map(p -> seed3.resolve(p.getFileName())).sorted().toList());
        assertEquals(List.of("landcover.tif", "landcover.qml", "dem.tif", "plantation_mask.tif", "wind_u10.tif",
                "wind_v10.tif", "rivers.gpkg", "roads.gpkg", "sample.yaml", "README.md"), b.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : b) {
            assertEquals(SampleBasinWriter.sha256(seed3.resolve(f.getFileName())), SampleBasinWriter.sha256(f), f.getFileName().toString());
        }
        for (String f : List.of("landcover.tif", "dem.tif", "wind_u10.tif", "rivers.gpkg", "README.md")) {
            assertNotEquals(SampleBasinWriter.sha256(seed3.resolve(f)), SampleBasinWriter.sha256(tmp.resolve("c").resolve(f)), f);
        }
    }

    @Test
    void readmeStatesSyntheticCommandFilesAndChecksums() throws Exception {
        String readme = Files.readString(seed3.resolve("README.md"));
        assertTrue(readme.contains("**These files are synthetic.**"));
        assertTrue(readme.contains("dunefront sample-data --out x --seed 3 --size 64x48 --cell 30"));
        assertTrue(readme.contains("EPSG:32648") && readme.contains("EPSG:4326"));
        assertTrue(readme.contains(SampleBasinWriter.sha256(seed3.resolve("dem.tif")) + "  dem.tif"));
        assertTrue(readme.contains(SampleBasinWriter.sha256(seed3.resolve("rivers.gpkg")) + "  rivers.gpkg"));
        assertTrue(readme.contains("| 14 | `shelterbelt` | Shelterbelt plantation (monoculture) | 防护林带（单一树种） | `#4f9a3b` | 0.45 | 0.5 | SINK | 0.4 |"),
                readme);
        assertTrue(readme.contains("(intermediate energy)"));
    }

    @Test
    void riversGeoPackageHasTheContractFieldsAndAStyle() throws Exception {
        VectorLayer rivers = GeoPackageReader.read(seed3.resolve("rivers.gpkg"), "rivers");
        assertEquals(32648, rivers.crs().epsg());
        assertEquals(List.of(new VectorLayer.Field("name", VectorLayer.FieldType.TEXT),
                new VectorLayer.Field("channelized", VectorLayer.FieldType.BOOLEAN),
                new VectorLayer.Field("seasonal", VectorLayer.FieldType.BOOLEAN)), rivers.fields());
        assertEquals(4, rivers.features().size());
        Gdal.require();
        String so = Gdal.run("ogrinfo", "-so", seed3.resolve("rivers.gpkg").toString(), "rivers");
        assertTrue(so.contains("Feature Count: 4") && so.contains("32648") && so.contains("channelized: Integer(Boolean)"), so);
        String styles = Gdal.run("ogrinfo", "-al", "-q", seed3.resolve("rivers.gpkg").toString(), "layer_styles");
        assertTrue(styles.contains("f_table_name (String) = rivers") && styles.contains("categorizedSymbol"), styles);
        String roads = Gdal.run("ogrinfo", "-so", seed3.resolve("roads.gpkg").toString(), "roads");
        assertTrue(roads.contains("Feature Count: 4") && roads.contains("kind: String"), roads);
    }
}
