package org.dunefront.transport;

import java.util.List;

/**
 * Outputs of {@link SandTransportOp#run}, per cell row-major over the input grid (float layers use
 * NaN for "not applicable").
 *
 * @param thicknessM             sand thickness after the horizon, m
 * @param netChangeM             final minus initial thickness (+ deposition, − erosion), m
 * @param firstArrivalYear       years until thickness first exceeded the arrival threshold (0: sand at
 *                               the start; NaN: never) — isochrones of the desert-front position
 * @param frontAdvanceRateMPerYr distance to the initial sand / first-arrival time on reached cells, m/yr
 * @param duneCelerityMPerYr     c = |q_capacity| / (ρb H) on mobile-sand cells (q already bulk volume), m/yr
 * @param capacityQxM3PerMYr     eastward transport capacity of the first flux period, m³ m⁻¹ yr⁻¹
 * @param capacityQyM3PerMYr     northward transport capacity of the first flux period, m³ m⁻¹ yr⁻¹
 * @param frontByYear            the front at the end of each year (index 0 = start)
 * @param summary                headline numbers, mass budget, asset exposure
 */
public record SandTransportResult(float[] thicknessM, float[] netChangeM, float[] firstArrivalYear,
                                  float[] frontAdvanceRateMPerYr, float[] duneCelerityMPerYr,
                                  float[] capacityQxM3PerMYr, float[] capacityQyM3PerMYr,
                                  List<FrontStats> frontByYear, MigrationSummary summary) {
}
