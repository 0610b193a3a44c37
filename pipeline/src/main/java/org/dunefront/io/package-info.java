/**
 * Raster and vector input/output behind one facade, {@link org.dunefront.io.RasterIO}, with two
 * selectable backends ({@link org.dunefront.io.IoBackend}): the embedded pure-Java code
 * ({@code io.geotiff}, {@code io.gpkg}) and GDAL through its official SWIG Java bindings
 * ({@code io.gdal}, compiled only when Maven's {@code gdal} profile is active). The facade never
 * references GDAL classes at compile time: {@code GdalLoader} finds the GDAL implementation by
 * class name and loads {@code libgdalalljni} from {@code java.library.path}. Also holds the
 * backend-neutral vector model ({@link org.dunefront.io.VectorLayer}, {@link org.dunefront.io.VectorFeature})
 * and write/warp option records.
 *
 * <p>Dependencies: {@code org.dunefront.grid}, {@code org.dunefront.error}, JTS; never {@code cli}.
 *
 * <p>Thread safety: the facade is stateless apart from the once-loaded GDAL backend; sources it
 * returns are safe for concurrent reads (see {@link org.dunefront.grid.RasterSource}).
 */
package org.dunefront.io;
