package org.dunefront.transport;

import java.util.List;
import org.dunefront.wind.TransportLaw;

/**
 * Headline numbers of a transport run (for {@code drift_summary.json}).
 *
 * @param transportLaw              flux law used
 * @param vegetationModel           vegetation model used
 * @param horizonYears              simulated years
 * @param subStepsPerStep           CFL sub-steps per output step
 * @param medianFrontAdvanceMPerYr  median advance rate of the advanced part of the final front, m/yr
 * @param p90FrontAdvanceMPerYr     90th percentile of the same, m/yr
 * @param advancedFrontCells        final-front cells that lie outside the initial sand area
 * @param frontCells                final-front cells
 * @param medianDuneCelerityMPerYr  median dune celerity c = q/(ρb H) over mobile-sand cells with flux, m/yr
 * @param massBudget                volumes in and out
 * @param assets                    exposure per asset class
 */
public record MigrationSummary(TransportLaw transportLaw, VegetationModel vegetationModel, int horizonYears,
                               int subStepsPerStep, double medianFrontAdvanceMPerYr, double p90FrontAdvanceMPerYr,
                               int advancedFrontCells, int frontCells, double medianDuneCelerityMPerYr,
                               MassBudget massBudget, List<AssetExposure> assets) {
}
