package org.dunefront.terrain;

import org.dunefront.grid.RasterBlock;

/**
 * Slope and aspect over one window.
 *
 * @param slopeDeg  slope angle, degrees [0, 90)
 * @param aspectDeg downslope direction, degrees clockwise from north [0, 360); NaN on flat cells
 */
public record SlopeAspect(RasterBlock.Floats slopeDeg, RasterBlock.Floats aspectDeg) {
}
