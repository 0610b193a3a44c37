/**
 * The land-cover legend: the classes the pipeline reasons about (bare rock, grassland, saline-alkali
 * land, farmland, shelterbelts, mobile sand, gobi …) with their per-class physical properties
 * (vegetation cover, roughness length z0, surface type, asset value, ranking flags), loading and
 * validation of legend and mapping files (YAML, Jackson), mappings from ESA WorldCover, NLCD and
 * CORINE codes to the legend, and code histograms that find raster values missing from a legend.
 *
 * <p>Entry points: {@link org.dunefront.legend.LegendFiles#defaultLegend()},
 * {@link org.dunefront.legend.LegendFiles#load(java.nio.file.Path)},
 * {@link org.dunefront.legend.LegendFiles#defaultMapping(org.dunefront.legend.SourceProduct, org.dunefront.legend.Legend)},
 * {@link org.dunefront.legend.Legend#unknownCodes(org.dunefront.legend.CodeHistogram)}.
 *
 * <p>Dependencies: {@code org.dunefront.grid} (raster blocks), {@code org.dunefront.error},
 * Jackson YAML. No file I/O except reading the YAML files in {@link org.dunefront.legend.LegendFiles}.
 * Thread-safety: {@link org.dunefront.legend.Legend}, {@link org.dunefront.legend.LandCoverClass} and
 * {@link org.dunefront.legend.LandCoverMapping} are immutable and thread-safe;
 * {@link org.dunefront.legend.CodeHistogram} is not (use one per thread and {@code merge}).
 */
package org.dunefront.legend;
