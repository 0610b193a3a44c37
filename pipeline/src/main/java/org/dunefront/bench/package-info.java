/**
 * Benchmark entry points run by {@code scripts/bench.sh} (not part of the command-line tool and not
 * tests): small {@code main} classes that run Dunefront's I/O and each building block of the pipeline
 * over whole GeoTIFF files the way the pipeline runs it — read with
 * {@link org.dunefront.io.geotiff.GeoTiffReader}, computed tile by tile on all cores with
 * {@link org.dunefront.grid.TiledExecutor}, written with {@link org.dunefront.io.geotiff.GeoTiffWriter} —
 * so that the script can time them next to the GDAL/GRASS/SciPy command doing the same work on the
 * same files ({@code IoBench}: {@code bench.sh io}; {@code BlockBench}: {@code bench.sh blocks}, see
 * docs/performance.md).
 *
 * <p>Dependencies: {@code grid}, {@code io}, {@code error}, {@code terrain}, {@code ranking},
 * {@code patch}. Not used by any other package. Each entry point is a {@code main} run in its own JVM;
 * the classes hold no shared mutable state (tile jobs write disjoint parts of their arrays).
 */
package org.dunefront.bench;
