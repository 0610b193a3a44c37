package org.dunefront.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterSource;
import org.dunefront.error.InputDataException;
import org.dunefront.io.RasterIO;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.stats.BandStatistics;
import org.dunefront.stats.BandSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dunefront info}: what an analyst checks before feeding a raster to the pipeline. */
@Command(name = "info",
        description = {
                "Prints a raster's size, bands, data type, storage (blocks, compression), geotransform, CRS, "
                        + "nodata, scale/offset, palette and category names, and per-band minimum, maximum and "
                        + "mean over valid (non-nodata) cells, computed block by block.",
                "Statistics are on stored values (before scale/offset), like gdalinfo -stats."},
        footer = {
                "",
                "Example:",
                "  dunefront info dem/zion_srtm_wgs84.tif",
                "    File:        dem/zion_srtm_wgs84.tif",
                "    Size:        465 x 457 cells, 1 band, UINT16",
                "    Storage:     strips 465x8, Deflate, pixel-interleaved (classic TIFF, little-endian)",
                "    Origin:      (-113.2395832, 37.51291676), cell 0.0008333333333 x 0.0008333333333 (north-up)",
                "    GeoTransform: -113.23958321278403, 8.333333332777796E-4, 0.0, 37.512916763165805, 0.0, -8.333333332777843E-4",
                "    CRS:         EPSG:4326",
                "    Band 1:      nodata 65535",
                "                 min 1024  max 2892  mean 1842.548006  (valid 212505 of 212505 cells)",
                "",
                "  dunefront info --json dem/zion_srtm_wgs84.tif   (same content as JSON, for scripts)",
                "  dunefront info out/sample/ingest                (every raster of a stage folder, with its manifest)",
                "  dunefront info --io gdal uv_on_different_levels.grib  (any GDAL format through the GDAL backend)",
                "",
                "See also: gdalinfo -stats (GDAL's equivalent)."},
        mixinStandardHelpOptions = true)
public final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Parameters(paramLabel = "FILE|WORKSPACE",
            description = "Raster file (GeoTIFF; any GDAL format with --io gdal), or a stage folder of a run "
                    + "(e.g. out/sample/ingest): then every raster in it is described.")
    Path file;

    @Mixin
    IoOption io;

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(file)) return describeWorkspace();
        return describe(file, spec.commandLine().getOut());
    }

    /** A workspace (stage output folder): its manifest's stage and version, then each raster in name order. */
    private int describeWorkspace() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> rasters;
        try (var s = Files.list(file)) {
            rasters = s.filter(p -> p.getFileName().toString().matches("(?i).*\\.tiff?$")).sorted().toList();
        }
        if (rasters.isEmpty()) {
            throw new InputDataException(file.toString(), "the folder holds no GeoTIFF",
                    "Give a raster file, or a stage folder such as out/sample/ingest");
        }
        Path manifest = file.resolve("manifest.json");
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode man = Files.isRegularFile(manifest) ? m.readTree(manifest.toFile()) : null;
        if (json) {
            ObjectNode root = m.createObjectNode();
            root.put("workspace", file.toString());
            if (man != null) root.set("manifest", man);
            ArrayNode arr = root.putArray("rasters");
            for (Path r : rasters) {
                try (RasterSource src = RasterIO.open(r, io.backend())) {
                    arr.add(toJson(m, src, statistics(src), r));
                }
            }
            out.println(m.writeValueAsString(root));
        } else {
            out.printf("Workspace:   %s%s%n", file, man == null ? "" : "  (stage " + man.path("stage").asText("?")
                    + ", software " + man.path("softwareVersion").asText("?") + ")");
            for (Path r : rasters) {
                out.println();
                describe(r, out);
            }
        }
        out.flush();
        return 0;
    }

    private static BandSummary[] statistics(RasterSource src) throws java.io.IOException {
        BandSummary[] stats = new BandSummary[src.bandCount()];
        for (int b = 0; b < stats.length; b++) stats[b] = BandStatistics.compute(src, b, ProgressListener.NONE);
        return stats;
    }

    private int describe(Path file, PrintWriter out) throws Exception {
        try (RasterSource src = RasterIO.open(file, io.backend())) {
            BandSummary[] stats = statistics(src);
            if (json) {
                ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                out.println(m.writeValueAsString(toJson(m, src, stats, file)));
            } else {
                printText(out, src, stats, file);
            }
        }
        out.flush();
        return 0;
    }

    private ObjectNode toJson(ObjectMapper m, RasterSource src, BandSummary[] stats, Path file) {
        GridGeometry g = src.grid();
        ObjectNode root = m.createObjectNode();
        root.put("file", file.toString());
        root.put("backend", RasterIO.resolve(io.backend()).name().toLowerCase(Locale.ROOT));
        root.put("width", g.width());
        root.put("height", g.height());
        root.put("bandCount", src.bandCount());
        root.put("dataType", src.dataType().name());
        ArrayNode block = root.putArray("blockSize");
        block.add(src.blockSize()[0]).add(src.blockSize()[1]);
        root.put("compression", src.metadata().getOrDefault("COMPRESSION", ""));
        boolean georef = !"none".equals(src.metadata().get(GeoTiffReader.GEOREFERENCING))
                && !"gcps".equals(src.metadata().get(GeoTiffReader.GEOREFERENCING));
        if (georef) {
            ArrayNode gt = root.putArray("geoTransform");
            for (double v : g.transform().toGdal()) gt.add(v);
        } else {
            root.putNull("geoTransform");
        }
        ObjectNode crs = root.putObject("crs");
        if (g.crs().epsg() > 0) crs.put("epsg", g.crs().epsg()); else crs.putNull("epsg");
        crs.put("wkt", g.crs().wkt());
        crs.put("label", g.crs().label());
        ArrayNode bands = root.putArray("bands");
        for (int b = 0; b < src.bandCount(); b++) {
            BandInfo bi = src.bandInfo(b);
            ObjectNode n = bands.addObject();
            n.put("band", b + 1);
            if (!bi.noData().present()) n.putNull("noData");
            else if (Double.isNaN(bi.noData().value())) n.put("noData", "NaN");
            else n.put("noData", bi.noData().value());
            n.put("scale", bi.scale());
            n.put("offset", bi.offset());
            n.put("unit", bi.unit());
            n.put("description", bi.description());
            n.put("paletteEntries", bi.palette().size());
            ArrayNode cats = n.putArray("categoryNames");
            bi.categoryNames().forEach(cats::add);
            BandSummary s = stats[b];
            n.put("validCount", s.validCount());
            n.put("noDataCount", s.noDataCount());
            if (s.hasValidCells()) {
                n.put("min", s.min());
                n.put("max", s.max());
                n.put("mean", s.mean());
                n.put("stdDev", s.stdDev());
            } else {
                n.putNull("min");
                n.putNull("max");
                n.putNull("mean");
                n.putNull("stdDev");
            }
            ObjectNode md = n.putObject("metadata");
            bi.metadata().forEach(md::put);
        }
        ObjectNode md = root.putObject("metadata");
        src.metadata().forEach(md::put);
        return root;
    }

    private void printText(PrintWriter out, RasterSource src, BandSummary[] stats, Path file) {
        GridGeometry g = src.grid();
        Map<String, String> md = src.metadata();
        out.printf("File:        %s%n", file);
        out.printf("Backend:     %s%n", RasterIO.describe(io.backend()));
        out.printf("Size:        %d x %d cells, %d band%s, %s%n", g.width(), g.height(), src.bandCount(),
                src.bandCount() == 1 ? "" : "s", src.dataType());
        out.printf("Storage:     %s %dx%d, %s%s, %s-interleaved (%s)%n", md.getOrDefault("LAYOUT", "").equals("tiled") ? "tiles" : "strips",
                src.blockSize()[0], src.blockSize()[1], md.getOrDefault("COMPRESSION", "?"),
                "1".equals(md.getOrDefault("PREDICTOR", "1")) ? "" : " predictor " + md.get("PREDICTOR"),
                "BAND".equals(md.get("INTERLEAVE")) ? "band" : "pixel", md.getOrDefault("TIFF_FLAVOUR", ""));
        String georef = md.getOrDefault(GeoTiffReader.GEOREFERENCING, "geotransform");
        if ("geotransform".equals(georef)) {
            GeoTransform t = g.transform();
            out.printf("Origin:      (%s, %s), cell %s x %s (%s)%n", num(t.originX()), num(t.originY()),
                    num(g.cellSizeX()), num(g.cellSizeY()), t.isNorthUp() ? "north-up" : "rotated/sheared");
            double[] gt = t.toGdal();
            out.printf("GeoTransform: %s, %s, %s, %s, %s, %s%n", gt[0], gt[1], gt[2], gt[3], gt[4], gt[5]);
        } else {
            out.printf("Origin:      not georeferenced (%s); map-based stages will refuse this file%n",
                    "gcps".equals(georef) ? "ground control points only" : "no georeferencing tags");
        }
        out.printf("CRS:         %s%n", g.crs().epsg() > 0 ? "EPSG:" + g.crs().epsg() : g.crs().isKnown() ? "user-defined" : "unknown");
        if (!g.crs().wkt().isEmpty()) out.printf("CRS WKT:     %s%n", g.crs().wkt());
        for (int b = 0; b < src.bandCount(); b++) {
            BandInfo bi = src.bandInfo(b);
            StringBuilder sb = new StringBuilder("nodata ")
                    .append(!bi.noData().present() || Double.isNaN(bi.noData().value()) ? bi.noData().toString() : num(bi.noData().value()));
            if (bi.hasScaleOffset()) sb.append(", scale ").append(num(bi.scale())).append(" offset ").append(num(bi.offset()));
            if (!bi.unit().isEmpty()) sb.append(", unit ").append(bi.unit());
            if (!bi.description().isEmpty()) sb.append(", \"").append(bi.description()).append('"');
            if (!bi.palette().isEmpty()) sb.append(", palette ").append(bi.palette().size()).append(" entries");
            if (!bi.categoryNames().isEmpty()) sb.append(", categories ").append(String.join("/", bi.categoryNames()));
            out.printf("Band %-7s %s%n", (b + 1) + ":", sb);
            BandSummary s = stats[b];
            if (s.hasValidCells()) {
                out.printf("             min %s  max %s  mean %s  (valid %d of %d cells)%n", num(s.min()), num(s.max()),
                        num(s.mean()), s.validCount(), s.validCount() + s.noDataCount());
            } else {
                out.printf("             no valid cells (%d nodata)%n", s.noDataCount());
            }
        }
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%d", (long) v);
        return String.format(Locale.ROOT, "%.10g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }
}
