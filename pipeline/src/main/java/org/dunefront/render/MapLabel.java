package org.dunefront.render;

/**
 * A text label anchored at a map position (CRS coordinates), e.g. a patch's phase at its centroid.
 *
 * @param x        anchor easting in CRS units
 * @param y        anchor northing in CRS units
 * @param text     label text
 * @param priority larger first; lower-priority labels are moved or dropped on conflict
 */
public record MapLabel(double x, double y, String text, double priority) { }
