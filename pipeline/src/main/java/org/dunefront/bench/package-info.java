/**
 * Benchmark entry points (not tests, not part of the CLI): each building block of the pipeline run
 * over whole GeoTIFF files the way the pipeline runs it — read with
 * {@link org.dunefront.io.geotiff.GeoTiffReader}, computed tile by tile on all cores with
 * {@link org.dunefront.grid.TiledExecutor}, written with {@link org.dunefront.io.geotiff.GeoTiffWriter} —
 * so {@code scripts/bench.sh blocks} can time it next to the GDAL/GRASS/SciPy command doing the same
 * work on the same files (see docs/performance.md).
 *
 * <p>May depend on {@code grid}, {@code io}, {@code terrain}, {@code ranking} and {@code patch}; nothing
 * depends on it. Each entry point is a {@code main} run in its own JVM; the classes hold no shared
 * mutable state (tile jobs write disjoint parts of their arrays).
 */
package org.dunefront.bench;
