package org.dunefront.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;

/**
 * The operations the GDAL backend ({@code org.dunefront.io.gdal.GdalBackendProvider}) offers. The
 * core build compiles without GDAL, so {@link RasterIO} finds the implementation reflectively and
 * talks to it only through this interface. Errors are {@link org.dunefront.error.InputDataException}s
 * that carry GDAL's own message and the file name.
 */
public interface GdalBackend {

    /** GDAL's release name, e.g. "3.6.2". */
    String version();

    /** Opens a raster (any GDAL-readable name: file, {@code NETCDF:"f.nc":u10}, VRT, /vsizip/…). */
    RasterSource open(String name);

    /** Creates a GeoTIFF or COG, written to a temporary name and moved into place on commit. */
    RasterSink create(Path file, GridGeometry grid, DataType type, List<BandInfo> bands, RasterWriteOptions options)
            throws IOException;

    /** Names of the vector layers in a GeoPackage, GeoJSON or Shapefile, in file order. */
    List<String> vectorLayerNames(Path file);

    /** Reads a whole vector layer ({@code layer} null: the first one). */
    VectorLayer readVector(Path file, String layer);

    /**
     * Reprojects {@code source} with GDAL's warper ({@code gdal.Warp}); the result is a temporary
     * GeoTIFF, deleted when the returned source is closed.
     */
    RasterSource warp(String source, WarpRequest request);
}
