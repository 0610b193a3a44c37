package org.dunefront.transport;

import java.util.SortedMap;

/**
 * How much sand reaches one asset class.
 *
 * @param assetClass                 class name (e.g. farmland)
 * @param volumeM3ByYear             sand volume flowing into cells of the class in each year (index 0 = year 1), m³
 * @param hectaresReachedWithinYears area of the class reached by sand (thickness above the arrival
 *                                   threshold) within each of 10, 20, 30, … years (up to the horizon), ha
 * @param firstArrivalYear           earliest arrival on any cell of the class, years (NaN: never)
 */
public record AssetExposure(String assetClass, double[] volumeM3ByYear, SortedMap<Integer, Double> hectaresReachedWithinYears,
                            double firstArrivalYear) {
    public double totalVolumeM3() {
        double s = 0;
        for (double v : volumeM3ByYear) s += v;
        return s;
    }
}
