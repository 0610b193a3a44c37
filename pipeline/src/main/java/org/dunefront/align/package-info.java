/**
 * Alignment of rasters onto a study grid: reprojection and resampling, tile by tile, after gdalwarp.
 *
 * <p>What it does: {@link org.dunefront.align.RasterAligner} resamples one band of a
 * {@link org.dunefront.grid.RasterSource} onto a target {@link org.dunefront.grid.GridGeometry} with a
 * {@link org.dunefront.align.Resampling} method (nearest, bilinear, cubic, average, mode), mapping target
 * pixels to source pixels through an approximate transformer (exact on a coarse mesh, linear inside, error
 * ≤ {@code maxErrorPixels}, as GDAL's {@code GDALApproxTransform}); {@link org.dunefront.align.StudyGrid}
 * defines study grids (snapped extents, envelopes of sources in the target CRS) and checks overlap.
 * See {@code docs/alignment.md}.
 *
 * <p>Dependencies: {@code org.dunefront.grid}, {@code org.dunefront.crs}, {@code org.dunefront.error}. No file
 * I/O (sources and sinks come in through the grid contracts), no console.
 *
 * <p>Thread-safety: {@code RasterAligner} is immutable and may align different windows from several threads
 * at once (it reads its source concurrently, which {@code RasterSource} allows); results do not depend on
 * window size, tile size or thread count.
 */
package org.dunefront.align;
