/**
 * The synthetic sample basin: a deterministic generator of a Jinchang / Shiyang-River-like study
 * area (land cover with every legend class, DEM, plantation mask, a year of 6-hourly wind on a
 * coarse lon/lat grid, rivers and roads) into memory ({@link org.dunefront.sample.SampleBasinGenerator}),
 * and the step that writes it as GeoTIFFs and GeoPackages ({@link org.dunefront.sample.SampleBasinWriter}).
 *
 * <p>Dependencies: {@code org.dunefront.grid}, {@code org.dunefront.legend}, the vector model of
 * {@code org.dunefront.io} (generation) and the GeoTIFF / GeoPackage writers (writing only), JTS.
 * Determinism: all randomness derives from the seed via {@link java.util.SplittableRandom} and
 * position hashes; distance fields are computed on one thread, then each row of cells depends only
 * on them and its position, so rows are painted in parallel and the bytes never depend on the thread
 * count. Memory: about 11 bytes a study cell at the peak (4.4 GB at 20000 × 20000, within the
 * launcher's 6 GB heap). Generator and writer are stateless and thread-safe; the generated
 * {@link org.dunefront.sample.SampleBasin} holds mutable rasters.
 */
package org.dunefront.sample;
