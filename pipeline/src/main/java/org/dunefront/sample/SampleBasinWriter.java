package org.dunefront.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.gpkg.GeoPackageWriteOptions;
import org.dunefront.io.gpkg.GeoPackageWriter;
import org.dunefront.io.gpkg.LayerStyle;
import org.dunefront.legend.Legend;
import org.dunefront.style.Category;
import org.dunefront.style.LandCoverStyle;
import org.dunefront.style.StyleGenerator;
import org.dunefront.style.SymbolKind;

/**
 * Writes a generated {@link SampleBasin} into a folder: the rasters through the given
 * {@link RasterFileWriter} (the CLI passes the GeoTIFF writer), rivers and roads as styled
 * GeoPackages, a QGIS style sidecar for the land cover, and a README describing every file with
 * its SHA-256. Every file is deterministic, so the same seed regenerates the same bytes. The files appear in
 * the output folder only once all of them are complete (they are written into a hidden staging folder first).
 */
public final class SampleBasinWriter {
    /** File names written, in order. */
    public static final String LANDCOVER = "landcover.tif";
    public static final String DEM = "dem.tif";
    public static final String PLANTATION = "plantation_mask.tif";
    public static final String WIND_U = "wind_u10.tif";
    public static final String WIND_V = "wind_v10.tif";
    public static final String RIVERS = "rivers.gpkg";
    public static final String ROADS = "roads.gpkg";
    public static final String LANDCOVER_QML = "landcover.qml";
    public static final String README = "README.md";
    /** A study configuration for {@code dunefront run --config <dir>/sample.yaml} (the config package's format). */
    public static final String STUDY_CONFIG = "sample.yaml";

    /** Writes one raster to a file (written to a temp name and moved into place by the implementation). */
    @FunctionalInterface
    public interface RasterFileWriter {
        void write(RasterSource raster, Path file) throws IOException;

        /** Writes reporting progress; by default no progress within the file (the writer reports between files). */
        default void write(RasterSource raster, Path file, ProgressListener progress) throws IOException {
            write(raster, file);
        }
    }

    /** Prefix of the hidden folder inside the output folder that holds the files until all of them are written. */
    static final String STAGING_PREFIX = ".sample-data-partial-";

    private SampleBasinWriter() { }

    /**
     * Writes every layer of {@code basin} into {@code outDir} and returns the data files written
     * (README last). {@code command} is the command line quoted in the README.
     */
    public static List<Path> write(SampleBasin basin, SampleBasinParameters params, Legend legend, Path outDir,
                                   RasterFileWriter rasters, String command) throws IOException {
        return write(basin, params, legend, outDir, rasters, command, ProgressListener.NONE);
    }

    /**
     * Like {@link #write(SampleBasin, SampleBasinParameters, Legend, Path, RasterFileWriter, String)}, reporting
     * progress per file (and within each raster, when {@code rasters} reports). The files are first written into a
     * hidden staging folder inside {@code outDir} and moved into place only when every one is complete, so a
     * cancellation ({@code progress} returns {@code false}: {@link org.dunefront.grid.CancelledException}) or an
     * error leaves no new or half-written file: the staging folder is deleted, and {@code outDir} too when this call
     * created it and it is empty.
     */
    public static List<Path> write(SampleBasin basin, SampleBasinParameters params, Legend legend, Path outDir,
                                   RasterFileWriter rasters, String command, ProgressListener progress) throws IOException {
        boolean created = !Files.isDirectory(outDir);
        Files.createDirectories(outDir);
        Path staging = Files.createTempDirectory(outDir, STAGING_PREFIX);
        boolean done = false;
        try {
            List<Path> staged = writeAll(basin, params, legend, staging, rasters, command, progress);
            progress.reportOrCancel(1, "moving " + staged.size() + " files into " + outDir);
            List<Path> placed = new ArrayList<>();
            for (Path f : staged) {
                Path target = outDir.resolve(f.getFileName().toString());
                Files.move(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                placed.add(target);
            }
            done = true;
            return placed;
        } finally {
            deleteTree(staging);
            if (!done && created) {
                try (var left = Files.list(outDir)) {
                    if (left.findAny().isEmpty()) Files.deleteIfExists(outDir);
                }
            }
        }
    }

    /** Writes every file into {@code dir}; progress: 90 % for the files in order of their size, then the README. */
    private static List<Path> writeAll(SampleBasin basin, SampleBasinParameters params, Legend legend, Path dir,
                                       RasterFileWriter rasters, String command, ProgressListener progress) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(raster(rasters, basin.landCover(), dir.resolve(LANDCOVER), progress.scaled(0, 0.25)));
        files.add(text(dir.resolve(LANDCOVER_QML), LandCoverStyle.qml(legend)));
        files.add(raster(rasters, basin.dem(), dir.resolve(DEM), progress.scaled(0.25, 0.55)));
        files.add(raster(rasters, basin.plantationMask(), dir.resolve(PLANTATION), progress.scaled(0.55, 0.7)));
        files.add(raster(rasters, basin.windU(), dir.resolve(WIND_U), progress.scaled(0.7, 0.78)));
        files.add(raster(rasters, basin.windV(), dir.resolve(WIND_V), progress.scaled(0.78, 0.86)));
        progress.reportOrCancel(0.86, RIVERS + " and " + ROADS);
        Path rivers = dir.resolve(RIVERS);
        GeoPackageWriter.write(rivers, List.of(basin.rivers()), GeoPackageWriteOptions.defaults()
                .withStyle("rivers", riverStyle()));
        files.add(rivers);
        Path roads = dir.resolve(ROADS);
        GeoPackageWriter.write(roads, List.of(basin.roads()), GeoPackageWriteOptions.defaults()
                .withStyle("roads", roadStyle()));
        files.add(roads);
        files.add(text(dir.resolve(STUDY_CONFIG), studyConfig(params)));
        progress.reportOrCancel(0.9, "checksums and " + README);
        // PAM sidecars the raster writer may add (category names) are part of the data set too
        List<Path> withSidecars = new ArrayList<>();
        for (Path f : files) {
            withSidecars.add(f);
            Path aux = f.resolveSibling(f.getFileName() + ".aux.xml");
            if (Files.exists(aux)) withSidecars.add(aux);
        }
        Map<String, String> sums = new LinkedHashMap<>();
        for (Path f : withSidecars) sums.put(f.getFileName().toString(), sha256(f));
        WindSummary wind = WindSummary.of(basin.windU(), basin.windV());
        withSidecars.add(text(dir.resolve(README), SampleReadme.render(basin, params, legend, wind, sums, command)));
        return withSidecars;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** The {@code study:} section that points ingest at the files of this folder (paths relative to it). */
    static String studyConfig(SampleBasinParameters p) {
        String cell = p.cellSizeM() == Math.rint(p.cellSizeM()) ? Long.toString((long) p.cellSizeM()) : Double.toString(p.cellSizeM());
        return "# Study configuration of the bundled synthetic sample basin (files described in README.md).\n"
                + "# Paths are relative to this file. Use: dunefront run --config <this folder>/" + STUDY_CONFIG + "\n"
                + "study:\n"
                + "  landcover: " + LANDCOVER + "\n"
                + "  dem: " + DEM + "\n"
                + "  windU: " + WIND_U + "\n"
                + "  windV: " + WIND_V + "\n"
                + "  rivers: " + RIVERS + "\n"
                + "  plantation: " + PLANTATION + "\n"
                + "  crs: \"EPSG:32648\"\n"
                + "  cellSizeM: " + cell + "\n";
    }

    /** Rivers coloured by {@code channelized}: dark blue canal reaches, light blue natural bed. */
    static LayerStyle riverStyle() {
        List<Category> c = List.of(new Category("1", "Channelized reach", 0xFF1F3F8F),
                new Category("0", "Natural (seasonal) bed", 0xFF4FA3E0));
        return new LayerStyle("rivers by channelization",
                StyleGenerator.categorizedVectorQml("channelized", SymbolKind.LINE, c, 0.8),
                StyleGenerator.categorizedVectorSld("rivers", "Rivers", "channelized", SymbolKind.LINE, c, 0.8),
                "Dunefront sample basin rivers");
    }

    static LayerStyle roadStyle() {
        List<Category> c = List.of(new Category("expressway", "Expressway", 0xFFB03A2E),
                new Category("local", "Local road", 0xFF4D4D4D));
        return new LayerStyle("roads by kind",
                StyleGenerator.categorizedVectorQml("kind", SymbolKind.LINE, c, 0.6),
                StyleGenerator.categorizedVectorSld("roads", "Roads", "kind", SymbolKind.LINE, c, 0.6),
                "Dunefront sample basin roads");
    }

    private static Path raster(RasterFileWriter w, RasterSource r, Path file, ProgressListener progress) throws IOException {
        progress.reportOrCancel(0, file.getFileName().toString());
        w.write(r, file, progress);
        progress.reportOrCancel(1, file.getFileName().toString());
        return file;
    }

    private static Path text(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".partial");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    static String sha256(Path f) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(f)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
