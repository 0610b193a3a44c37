/**
 * Raster and vector input/output. Each subpackage implements the
 * {@link org.dunefront.grid.RasterSource} / {@link org.dunefront.grid.RasterSink} contracts (or the
 * vector model) for one format or library: {@code io.geotiff} pure-Java GeoTIFF, {@code io.gpkg}
 * GeoPackage, {@code io.gdal} GDAL through its official SWIG Java bindings (compiled only when Maven's
 * {@code gdal} profile is active). Files, byte layouts and codecs stay in here; algorithms only ever
 * see {@link org.dunefront.grid.RasterBlock}s.
 *
 * <p>This package holds the facade commands use, {@link org.dunefront.io.RasterIO}, which picks the
 * backend chosen with {@code --io} ({@link org.dunefront.io.IoBackend}: java, gdal, or auto = GDAL when
 * it loads) and never references GDAL at compile time ({@code GdalLoader} finds the GDAL
 * implementation by class name and loads {@code libgdalalljni} from {@code java.library.path}); and
 * the in-memory vector model ({@link org.dunefront.io.VectorLayer}, {@link org.dunefront.io.VectorFeature})
 * that vector readers return and writers take, plus backend-neutral write and warp option records.
 *
 * <p>Dependencies: {@code org.dunefront.grid}, {@code org.dunefront.error}, {@code org.dunefront.crs},
 * Apache SIS, JTS and the format libraries of the sub-packages. Must not depend on {@code cli} or on
 * algorithm packages; algorithm packages never depend on this package. Value types are immutable
 * and thread-safe; sources returned by the facade are safe for concurrent reads.
 */
package org.dunefront.io;
