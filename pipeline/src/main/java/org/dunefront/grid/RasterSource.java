package org.dunefront.grid;

import java.io.IOException;
import java.util.Map;

/**
 * Read access to a georeferenced raster, one band and one window at a time. Implementations
 * (pure-Java GeoTIFF, GDAL, in-memory) decode only the storage blocks a window touches, so a
 * raster larger than the heap is processed tile by tile.
 *
 * <p>Windows may extend beyond the raster (halo reads): cells outside are filled with the band's
 * nodata fill value ({@link NoData#fillValue()}, or 0 for integer bands without nodata).
 * Implementations must be safe to call from several threads at once.
 */
public interface RasterSource extends AutoCloseable {

    /** Name for messages (usually the file path). */
    String name();

    GridGeometry grid();

    int bandCount();

    /** Storage data type (all bands share it). */
    DataType dataType();

    /** Metadata of band {@code band} (0-based). */
    BandInfo bandInfo(int band);

    /** Dataset-level metadata (e.g. "AREA_OR_POINT", time axis), stable order. */
    default Map<String, String> metadata() {
        return Map.of();
    }

    /** Natural storage block size {width, height} (tile or strip). */
    int[] blockSize();

    /** Reads band {@code band} (0-based) over {@code window} in the storage data type, raw (unscaled) values. */
    RasterBlock read(int band, Window window) throws IOException;

    @Override
    void close() throws IOException;
}
