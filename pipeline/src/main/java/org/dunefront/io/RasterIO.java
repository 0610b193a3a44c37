package org.dunefront.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dunefront.error.ConfigurationException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;

/**
 * The one entry point commands use to read and write rasters and vectors, whichever backend the
 * user chose with {@code --io}: the embedded pure-Java GeoTIFF code, or GDAL through its official
 * Java bindings. {@link IoBackend#AUTO} picks GDAL when it loads, else Java; {@link #describe} says
 * which for the run log. The GDAL implementation is found reflectively (the core build has no GDAL).
 */
public final class RasterIO {

    private RasterIO() { }

    /** Opens a raster with the given backend. Non-file GDAL names ({@code NETCDF:"f.nc":u10}) need GDAL. */
    public static RasterSource open(Path file, IoBackend backend) throws IOException {
        Objects.requireNonNull(file, "file");
        return switch (resolve(backend)) {
            case GDAL -> gdal(backend).open(file.toString());
            default -> JavaBackend.open(file);
        };
    }

    /** Opens any GDAL dataset name (subdatasets, /vsizip/, VRT) with the GDAL backend. */
    public static RasterSource openGdal(String gdalName) {
        return gdal(IoBackend.GDAL).open(gdalName);
    }

    /** Creates a raster sink (written to a temporary name, moved into place on commit). */
    public static RasterSink create(Path file, GridGeometry grid, DataType type, List<BandInfo> bands,
                                    IoBackend backend, RasterWriteOptions options) throws IOException {
        Objects.requireNonNull(options, "options");
        return switch (resolve(backend)) {
            case GDAL -> gdal(backend).create(file, grid, type, bands, options);
            default -> JavaBackend.create(file, grid, type, bands, options);
        };
    }

    /** Reads a vector layer ({@code layer} null: the first) of a GeoPackage, GeoJSON or Shapefile. */
    public static VectorLayer readVector(Path file, String layer, IoBackend backend) {
        return switch (resolve(backend)) {
            case GDAL -> gdal(backend).readVector(file, layer);
            default -> JavaBackend.readVector(file, layer);
        };
    }

    /**
     * Reprojects a raster with GDAL's warper, the fast reprojection path. Needs GDAL: with
     * {@code --io java} reprojection goes through Dunefront's own resampler instead.
     */
    public static RasterSource warp(Path source, WarpRequest request, IoBackend backend) {
        if (resolve(backend) != IoBackend.GDAL) {
            throw new ConfigurationException("--io " + backend.label(), "GDAL's warper is not available with the "
                    + "pure-Java backend", "Use Dunefront's own reprojection, or " + GdalAvailability.howToInstall());
        }
        return gdal(backend).warp(source.toString(), request);
    }

    /** The backend that {@code requested} resolves to: JAVA or GDAL (AUTO → GDAL when it loads). */
    public static IoBackend resolve(IoBackend requested) {
        Objects.requireNonNull(requested, "requested");
        if (requested != IoBackend.AUTO) return requested;
        return GdalLoader.backend() != null ? IoBackend.GDAL : IoBackend.JAVA;
    }

    /** For the run log: "gdal (GDAL 3.6.2)", "java", or "java (GDAL unavailable: …)" for AUTO. */
    public static String describe(IoBackend requested) {
        IoBackend r = resolve(requested);
        if (r == IoBackend.GDAL) {
            GdalAvailability a = gdalAvailability();
            return a.available() ? "gdal (GDAL " + a.version() + ")" : "gdal (unavailable: " + a.reason() + ")";
        }
        if (requested == IoBackend.AUTO) return "java (GDAL unavailable: " + gdalAvailability().reason() + ")";
        return "java";
    }

    /** Whether GDAL loads in this JVM and, if not, why. */
    public static GdalAvailability gdalAvailability() {
        return GdalLoader.status();
    }

    private static GdalBackend gdal(IoBackend requested) {
        GdalBackend b = GdalLoader.backend();
        if (b == null) {
            throw new ConfigurationException("--io " + requested.label(),
                    "the GDAL backend is unavailable: " + GdalLoader.status().reason(), GdalAvailability.howToInstall());
        }
        return b;
    }
}
