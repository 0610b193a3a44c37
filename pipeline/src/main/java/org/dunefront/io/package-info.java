/**
 * Raster and vector input/output: sources and sinks for GeoTIFF, GDAL and GeoPackage, and the
 * in-memory vector model ({@link org.dunefront.io.VectorLayer}, {@link org.dunefront.io.VectorFeature})
 * that vector readers return and writers take.
 *
 * <p>Dependencies: {@code org.dunefront.grid}, {@code org.dunefront.error}, JTS, and the format
 * libraries of the sub-packages. Algorithm packages never depend on this package. Value types are
 * immutable and thread-safe.
 */
package org.dunefront.io;
