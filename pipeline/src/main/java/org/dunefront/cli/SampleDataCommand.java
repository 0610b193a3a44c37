package org.dunefront.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dunefront.error.ConfigurationException;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.IoBackend;
import org.dunefront.io.RasterIO;
import org.dunefront.io.RasterWriteOptions;
import org.dunefront.io.geotiff.GeoTiffWriteOptions;
import org.dunefront.io.geotiff.GeoTiffWriter;
import org.dunefront.legend.Legend;
import org.dunefront.legend.LegendFiles;
import org.dunefront.sample.SampleBasin;
import org.dunefront.sample.SampleBasinGenerator;
import org.dunefront.sample.SampleBasinParameters;
import org.dunefront.sample.SampleBasinWriter;
import org.dunefront.workflow.Cancellation;
import org.dunefront.workflow.stages.OutputStyles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dunefront sample-data}: generates the synthetic sample basin (see docs/inputs.md). Ctrl-C or SIGTERM stop it
 * (exit code 4) without leaving new files in --out.
 */
@Command(name = "sample-data",
        mixinStandardHelpOptions = true,
        description = {
                "Generates the synthetic sample basin (Jinchang / Shiyang River Basin-like layout, EPSG:32648): land cover,"
                        + " DEM, plantation mask, a year of 6-hourly 10 m wind (u/v, EPSG:4326, 0.1°), rivers and roads"
                        + " (GeoPackage), a QGIS style and a README with checksums. The same seed gives byte-identical files."},
        footer = {
                "",
                "Example (the committed sample):",
                "  dunefront sample-data --out rasters/ --seed 20260101 --size 400x400 --cell 30",
                "    Generating 400 x 400 cells of 30.0 m, seed 20260101 ...",
                "      wrote rasters/landcover.tif",
                "      ... (dem.tif, plantation_mask.tif, wind_u10.tif, wind_v10.tif, rivers.gpkg, roads.gpkg, README.md)",
                "A benchmark-size basin (120 km, not committed):",
                "  dunefront sample-data --out out/big --seed 7 --size 4000x4000 --cell 30",
                "",
                "See also: docs/inputs.md (inputs contract), rasters/README.md, dunefront ingest."})
public final class SampleDataCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d+)[xX](\\d+)");

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--seed", defaultValue = "20260101", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--size", defaultValue = "400x400", paramLabel = "WxH", description = "Grid size in cells (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--cell", defaultValue = "30", paramLabel = "M", description = "Cell size in metres (default: ${DEFAULT-VALUE}).")
    double cellSizeM;

    @Option(names = "--legend", paramLabel = "FILE", description = "Legend YAML (default: the shipped styles/legend.yaml).")
    Path legendFile;

    @Option(names = "--io", defaultValue = "java", paramLabel = "java|gdal|auto", converter = IoOption.BackendConverter.class,
            description = "Raster writer: java (default, so that a seed always gives the same bytes, as the committed "
                    + "sample's checksums expect) or gdal (GDAL's GTiff driver; install with scripts/setup-gdal.sh).")
    IoBackend io = IoBackend.JAVA;

    @Option(names = "--write-styles", paramLabel = "DIR",
            description = "Also (re)write the QML and SLD styles of every output layer into DIR (e.g. styles/; land cover "
                    + "from the legend), the set the stages write beside their GeoTIFFs (docs/plan-outputs.md, Styles).")
    Path stylesDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        int[] wh = parseSize(size);
        if (!(cellSizeM >= 1 && cellSizeM <= 1000)) {
            throw new ConfigurationException("--cell", "cell size " + cellSizeM + " m is outside 1..1000 m", "Use e.g. --cell 30");
        }
        SampleBasinParameters params = SampleBasinParameters.of(seed, wh[0], wh[1], cellSizeM);
        Legend legend = legendFile == null ? LegendFiles.defaultLegend() : LegendFiles.load(legendFile);
        o.printf("Generating %d x %d cells of %s m, seed %d ...%n", wh[0], wh[1], cellSizeM, seed);
        o.flush();
        Cancellation cancellation = new Cancellation();
        List<Path> files;
        try (Interrupts ignored = new Interrupts(cancellation)) {
            files = generateAndWrite(params, legend, (fraction, message) -> !cancellation.isCancelled());
        }
        int styles = 0;
        for (Path f : files) {
            if (stylesDir != null && f.startsWith(stylesDir)) styles++;
            else o.println("  wrote " + f);
        }
        if (stylesDir != null) o.println("  wrote " + styles + " styles into " + stylesDir);
        o.flush();
        return 0;
    }

    /**
     * Generates the basin and writes it (and the styles of --write-styles), reporting progress to {@code progress}:
     * generation is the first 60 %, writing the rest. Ctrl-C / SIGTERM cancel through it (the CLI passes a listener
     * that returns {@code false} once a signal arrived): {@link org.dunefront.grid.CancelledException} is thrown at the
     * next report and no new file is left in --out (files are staged and moved into place only when all are written).
     *
     * @return the files written, README last, then the styles
     */
    List<Path> generateAndWrite(SampleBasinParameters params, Legend legend, ProgressListener progress) throws IOException {
        SampleBasin basin = SampleBasinGenerator.generate(params, legend, progress.scaled(0, 0.6));
        String command = "dunefront sample-data --out " + out + " --seed " + seed + " --size " + params.widthCells() + "x"
                + params.heightCells() + " --cell " + fmt(cellSizeM);
        SampleBasinWriter.RasterFileWriter writer = new SampleBasinWriter.RasterFileWriter() {
            @Override public void write(RasterSource r, Path file) throws IOException {
                writeGeoTiff(r, file, ProgressListener.NONE);
            }

            @Override public void write(RasterSource r, Path file, ProgressListener p) throws IOException {
                writeGeoTiff(r, file, p);
            }
        };
        List<Path> files = new ArrayList<>(SampleBasinWriter.write(basin, params, legend, out, writer, command,
                progress.scaled(0.6, stylesDir == null ? 1 : 0.98)));
        if (stylesDir != null) {
            progress.reportOrCancel(0.98, "styles into " + stylesDir);
            files.addAll(OutputStyles.writeRepositoryFiles(legend, stylesDir));
            progress.reportOrCancel(1, "styles written");
        }
        return files;
    }

    /**
     * Small tiles for the coarse wind grid (one tile per band), 256-cell tiles otherwise; tiles are
     * compressed on all cores (the bytes do not depend on the thread count).
     */
    private void writeGeoTiff(RasterSource r, Path file, ProgressListener progress) throws IOException {
        int tile = Math.max(r.grid().width(), r.grid().height()) <= 64 ? 16 : 256;
        if (RasterIO.resolve(io) == IoBackend.JAVA) {
            GeoTiffWriter.copy(r, file, GeoTiffWriteOptions.defaults().withTileSize(tile), progress);
            return;
        }
        java.util.List<org.dunefront.grid.BandInfo> bands = new java.util.ArrayList<>();
        for (int b = 0; b < r.bandCount(); b++) bands.add(r.bandInfo(b));
        try (org.dunefront.grid.RasterSink sink = RasterIO.create(file, r.grid(), r.dataType(), bands, io,
                RasterWriteOptions.defaults().withTileSize(tile))) {
            org.dunefront.grid.TileScheme tiles = org.dunefront.grid.TileScheme.of(r.grid(), tile);
            for (int b = 0; b < r.bandCount(); b++) {
                progress.reportOrCancel((double) b / r.bandCount(), file.getFileName() + " band " + (b + 1));
                for (org.dunefront.grid.Window w : tiles.tiles()) sink.write(b, r.read(b, w));
            }
            sink.commit();
        }
    }

    static int[] parseSize(String s) {
        Matcher m = SIZE.matcher(s.trim());
        if (!m.matches()) {
            throw new ConfigurationException("--size", "'" + s + "' is not WIDTHxHEIGHT", "Write the size as e.g. --size 400x400");
        }
        int w = Integer.parseInt(m.group(1)), h = Integer.parseInt(m.group(2));
        if (w < 32 || h < 32 || w > 40000 || h > 40000) {
            throw new ConfigurationException("--size", "size " + w + "x" + h + " is outside 32..40000 cells per side",
                    "Use at least 32x32 (the layout needs room) and at most 40000x40000");
        }
        return new int[] {w, h};
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
