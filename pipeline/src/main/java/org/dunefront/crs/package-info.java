/**
 * Coordinate reference systems through Apache SIS 1.4 and its embedded EPSG database
 * ({@code org.apache.sis.non-free:sis-embedded-data}, EPSG dataset under the EPSG terms of use).
 *
 * <p>What it does: resolves a {@link org.dunefront.grid.CrsDefinition} (EPSG code, WKT 1, ESRI WKT or
 * WKT 2 including GDAL's WKT2:2019 output) to a SIS {@code CoordinateReferenceSystem}
 * ({@link org.dunefront.crs.CrsRegistry}), identifies EPSG codes, formats WKT, tests equivalence, and builds
 * coordinate transforms between two definitions ({@link org.dunefront.crs.CrsTransform}). Helpers pick
 * default study-grid CRSs for a longitude/latitude ({@link org.dunefront.crs.UtmZones}).
 *
 * <p>Axis order convention: Dunefront always works in x = easting/longitude, y = northing/latitude.
 * Every CRS handed out by {@link org.dunefront.crs.CrsRegistry#resolve} is SIS's
 * {@code AxesConvention.DISPLAY_ORIENTED} variant, so EPSG:4326 (latitude first in the EPSG database) and
 * EPSG:4547 (northing first) come back in (x, y) order, and all transforms take and return (x, y) pairs.
 *
 * <p>Dependencies: {@code org.dunefront.grid}, {@code org.dunefront.error} and Apache SIS only.
 *
 * <p>Thread-safety: all public classes are immutable or use concurrent caches; safe from any thread.
 */
package org.dunefront.crs;
