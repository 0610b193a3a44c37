package org.dunefront.io.gdal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Vector;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.WarpRequest;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.WarpOptions;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/**
 * Reprojection through GDAL's warper ({@code gdal.Warp}, the library form of {@code gdalwarp}) with
 * the same options {@code gdalwarp} takes: {@code -t_srs}, {@code -r}, and either {@code -te}+{@code
 * -ts} (an exact target grid) or {@code -tr} (extent derived from the source). The result goes to a
 * temporary tiled GeoTIFF that is deleted when the returned source is closed.
 */
final class GdalWarper {
    private GdalWarper() { }

    static RasterSource warp(String source, WarpRequest request) {
        Vector<String> args = arguments(request);
        Path out;
        try {
            out = Files.createTempFile("dunefront-warp-", ".tif");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for the warped raster", e);
        }
        Dataset src = GdalErrors.quietly(() -> gdal.OpenEx(source, gdalconstConstants.OF_RASTER | gdalconstConstants.OF_READONLY | gdalconstConstants.OF_VERBOSE_ERROR));
        if (src == null) {
            deleteQuietly(out);
            throw GdalErrors.failure(source, "open it as a raster");
        }
        try {
            WarpOptions options = new WarpOptions(args);
            Dataset result = GdalErrors.quietly(() -> gdal.Warp(out.toString(), new Dataset[] {src}, options));
            if (result == null) {
                deleteQuietly(out);
                throw GdalErrors.failure(source, "warp it to " + request.targetCrs().label());
            }
            result.delete();
            options.delete();
        } finally {
            src.delete();
        }
        return new GdalRasterSource(out.toString(), () -> deleteQuietly(out));
    }

    /** The gdalwarp arguments for a request (also what a user would type to reproduce it). */
    static Vector<String> arguments(WarpRequest request) {
        Vector<String> args = new Vector<>(List.of("-of", "GTiff", "-co", "TILED=YES", "-co", "BIGTIFF=IF_SAFER",
                "-t_srs", GdalCrs.userInput(request.targetCrs()), "-r", request.resampling().gdalName()));
        GridGeometry g = request.targetGrid();
        if (g != null) {
            if (!g.transform().isNorthUp()) {
                throw new IllegalArgumentException("GDAL's warper needs a north-up target grid, got " + g.transform());
            }
            double[] e = g.envelope();
            args.addAll(List.of("-te", num(e[0]), num(e[1]), num(e[2]), num(e[3]),
                    "-ts", String.valueOf(g.width()), String.valueOf(g.height())));
        } else {
            args.addAll(List.of("-tr", num(request.cellSize()), num(request.cellSize())));
        }
        return args;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary file in java.io.tmpdir is harmless
        }
    }
}
