/**
 * The ingest stage's work: turns heterogeneous input files (land cover, DEM, wind u/v, river lines,
 * AOI polygon, plantation mask) into one validated workspace of aligned, tiled GeoTIFFs on a single
 * study grid.
 *
 * <p>Entry point: {@link org.dunefront.ingest.IngestOp#run}, which reads as its steps: open and
 * validate inputs → define the study grid → read the asset vectors → rasterize the AOI → align and reclassify
 * land cover and burn the assets into it →
 * align the DEM → keep wind and its record mean on the wind's native grid → burn rivers →
 * plantation mask → {@code grid.json}. Output file names are in {@link org.dunefront.ingest.IngestOutputs};
 * the format contract is documented in {@code docs/ingest.md}.
 *
 * <p>Dependencies: {@code org.dunefront.grid}, {@code org.dunefront.align} (resampling),
 * {@code org.dunefront.crs}, {@code org.dunefront.legend}, {@code org.dunefront.io} (GeoTIFF and
 * GeoPackage facades, the vector model), {@code org.dunefront.plan.RiverFlag} (river bits),
 * {@code org.dunefront.error}, JTS and Jackson (GeoJSON). Never {@code cli} or {@code workflow}:
 * the workflow stage calls this package, not the other way round. The pure parts (polygon and line
 * rasterization, asset burning, wind checks, code reclassification) are package-private helpers working on arrays.
 *
 * <p>Thread-safety: {@code IngestOp} is stateless; one run uses the given
 * {@link org.dunefront.grid.TiledExecutor} for its tiles. Outputs do not depend on the thread count.
 */
package org.dunefront.ingest;
