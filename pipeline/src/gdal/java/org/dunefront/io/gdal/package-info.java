/**
 * The GDAL backend: rasters, vectors and warping through GDAL's official SWIG Java bindings
 * ({@code org.gdal.gdal}, {@code org.gdal.ogr}, {@code org.gdal.osr}), which
 * {@code scripts/setup-gdal.sh} builds from Debian's GDAL source for the installed libgdal.
 * Compiled only in Maven's {@code gdal} profile; {@link org.dunefront.io.RasterIO} reaches it
 * reflectively through {@link org.dunefront.io.gdal.GdalBackendProvider}, the only public class.
 *
 * <p>Errors: every GDAL call runs under a quiet, thread-local error handler; failures become
 * {@link org.dunefront.error.InputDataException}s carrying GDAL's last message and the file name,
 * never raw stderr.
 *
 * <p>Dependencies: {@code org.dunefront.io}, {@code grid}, {@code error}, JTS and GDAL's bindings.
 *
 * <p>Thread safety: GDAL dataset handles are not thread-safe, so a raster source opens one handle
 * per reading thread; a sink serialises writes on its single handle.
 */
package org.dunefront.io.gdal;
