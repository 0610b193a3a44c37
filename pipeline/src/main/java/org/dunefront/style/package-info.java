/**
 * Map styles for every Dunefront output: QGIS QML and OGC SLD 1.0 documents for categorical
 * (paletted) rasters, continuous rasters (colour ramps) and vector layers classified by an
 * attribute ({@link org.dunefront.style.StyleGenerator}); per-layer raster style specs
 * ({@link org.dunefront.style.RasterStyle}: {@link org.dunefront.style.ClassStyle} classes,
 * {@link org.dunefront.style.RampStyle} sequential, diverging and cyclic ramps over
 * {@link org.dunefront.style.ColourRamp}s) and the land-cover legend's style
 * ({@link org.dunefront.style.LandCoverStyle}). Which output file gets which style is decided by the
 * catalog {@code org.dunefront.workflow.stages.OutputStyles}. Output text is deterministic (fixed element order,
 * {@code Locale.ROOT} number formatting, no timestamps).
 *
 * <p>Dependencies: {@code org.dunefront.legend} (land-cover style only); otherwise the JDK. No I/O:
 * callers write the returned strings. Stateless and thread-safe.
 */
package org.dunefront.style;
