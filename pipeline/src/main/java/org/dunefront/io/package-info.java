/**
 * Raster and vector input/output backends: each subpackage implements the
 * {@link org.dunefront.grid.RasterSource} / {@link org.dunefront.grid.RasterSink} contracts for one
 * format or library ({@code io.geotiff} pure-Java GeoTIFF, {@code io.gdal} GDAL, {@code io.gpkg}
 * GeoPackage). Files, byte layouts and codecs stay in here; algorithms only ever see
 * {@link org.dunefront.grid.RasterBlock}s.
 *
 * <p>Dependencies: {@code org.dunefront.grid}, {@code org.dunefront.error}, Apache SIS (CRS
 * decoding) and the JDK. Must not depend on {@code cli} or on algorithm packages.
 */
package org.dunefront.io;
