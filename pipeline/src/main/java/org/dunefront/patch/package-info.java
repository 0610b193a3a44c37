/**
 * Priority patches: connected-component labelling of per-cell class codes (4- or 8-connectivity,
 * union-find, two passes, tile-friendly), minimum-mapping-unit filtering, and polygonization of
 * components into always-valid JTS polygons by tracing cell edges (like {@code gdal_polygonize}).
 *
 * <p>Entry points: {@link org.dunefront.patch.ComponentLabeller},
 * {@link org.dunefront.patch.MinimumMappingUnit}, {@link org.dunefront.patch.PatchPolygonizer}.
 * All operations are pure: arrays in, arrays/geometries out, no files, no console.
 *
 * <p>Dependencies: {@code org.dunefront.grid} (grid geometry), JTS. Never {@code io} or {@code cli}.
 *
 * <p>Thread-safety: the operation classes are stateless and thread-safe; {@link org.dunefront.patch.PatchLabels}
 * is immutable (its arrays are copied on access).
 */
package org.dunefront.patch;
