/**
 * Raster and vector input/output: each subpackage implements the
 * {@link org.dunefront.grid.RasterSource} / {@link org.dunefront.grid.RasterSink} contracts for one
 * format or library ({@code io.geotiff} pure-Java GeoTIFF, {@code io.gdal} GDAL, {@code io.gpkg}
 * GeoPackage), plus the in-memory vector model ({@link org.dunefront.io.VectorLayer},
 * {@link org.dunefront.io.VectorFeature}) that vector readers return and writers take. Files, byte
 * layouts and codecs stay in here; algorithms only ever see {@link org.dunefront.grid.RasterBlock}s.
 *
 * <p>Dependencies: {@code org.dunefront.grid}, {@code org.dunefront.error}, {@code org.dunefront.crs},
 * Apache SIS, JTS and the format libraries of the sub-packages. Must not depend on {@code cli} or on
 * algorithm packages; algorithm packages never depend on this package. Value types are immutable
 * and thread-safe.
 */
package org.dunefront.io;
