/**
 * Descriptive statistics of raster bands (minimum, maximum, mean, standard deviation, valid-cell
 * count) computed window by window, so rasters larger than the heap are summarised in one pass.
 * Sums are compensated (Neumaier) and windows are visited in a fixed order, so results are
 * deterministic and independent of the storage block size within floating-point rounding.
 *
 * <p>Dependencies: {@code org.dunefront.grid} and the JDK only (no I/O package, no CLI).
 * Thread-safety: {@link org.dunefront.stats.BandStatistics} accumulators are not thread-safe;
 * use one per thread. {@link org.dunefront.stats.BandSummary} is immutable.
 */
package org.dunefront.stats;
