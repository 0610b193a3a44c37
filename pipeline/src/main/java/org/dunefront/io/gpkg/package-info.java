/**
 * GeoPackage vector I/O with NGA's {@code mil.nga.geopackage} (SQLite through sqlite-jdbc): read line
 * and polygon layers with their attributes and CRS ({@link org.dunefront.io.gpkg.GeoPackageReader}),
 * write layers with typed fields, SRS, an optional R-tree spatial index and a QGIS
 * {@code layer_styles} table ({@link org.dunefront.io.gpkg.GeoPackageWriter}). Written files are
 * byte-for-byte deterministic: no current timestamps, features in the given order, one connection,
 * and a final {@code VACUUM INTO} a fresh file that is then moved into place.
 *
 * <p>Dependencies: {@code org.dunefront.io} (vector model), {@code org.dunefront.grid}
 * ({@link org.dunefront.grid.CrsDefinition}), {@code org.dunefront.error}, JTS, NGA GeoPackage,
 * sqlite-jdbc. Reader and writer are stateless; each call opens and closes its own database, so
 * calls on different files may run concurrently.
 */
package org.dunefront.io.gpkg;
