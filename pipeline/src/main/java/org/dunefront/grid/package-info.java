/**
 * Grid model: grid geometry (CRS reference, affine geotransform, size), typed raster blocks with
 * per-band nodata, windows, tiles and halos, the {@link org.dunefront.grid.RasterSource} /
 * {@link org.dunefront.grid.RasterSink} contracts that I/O backends implement, a tiled executor
 * and a {@link org.dunefront.grid.ProgressListener}.
 *
 * <p>Dependencies: the JDK only. This package depends on no other Dunefront package and performs
 * no I/O itself (sources and sinks are implemented in {@code org.dunefront.io}). Value types
 * ({@link org.dunefront.grid.GeoTransform}, {@link org.dunefront.grid.GridGeometry},
 * {@link org.dunefront.grid.Window}) are immutable and thread-safe; {@link org.dunefront.grid.RasterBlock}s
 * are mutable and must not be shared between threads while written.
 */
package org.dunefront.grid;
