package org.dunefront.sample;

import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.io.VectorLayer;

/**
 * The generated synthetic basin, in memory.
 *
 * @param grid           the 30 m study grid, EPSG:32648
 * @param landCover      UINT8 legend codes, nodata 0, palette and category names of the legend
 * @param dem            FLOAT32 elevation in metres above sea level, nodata −9999
 * @param plantationMask UINT8 1 = monoculture shelterbelt plantation, 0 = none, nodata 255
 * @param windU          FLOAT32 eastward 10 m wind (m/s) on the coarse EPSG:4326 grid, one band per
 *                       6-hourly time step with a "time" metadata item (ISO-8601 UTC)
 * @param windV          FLOAT32 northward 10 m wind (m/s), same grid and bands
 * @param rivers         river centre lines (EPSG:32648): name, channelized, seasonal
 * @param roads          road centre lines (EPSG:32648): name, kind
 */
public record SampleBasin(GridGeometry grid, MemoryRaster landCover, MemoryRaster dem, MemoryRaster plantationMask,
                          MemoryRaster windU, MemoryRaster windV, VectorLayer rivers, VectorLayer roads) {
}
