package org.dunefront.config;

/** Dune migration / sand mass-balance simulation (science.md §6). */
public record MigrateConfig(
        @Param(description = "Simulated horizon", unit = "years", min = 1, max = 200,
                defaultValue = "20") int horizonYears,
        @Param(description = "Simulation time step", defaultValue = "SEASONAL") TimeStep timeStep,
        @Param(description = "Initial loose-sand thickness on sand classes", unit = "m", min = 0, max = 50,
                defaultValue = "2") double initialSandThicknessM,
        @Param(description = "Deposited thickness from which sand counts as having reached an asset cell",
                unit = "m", min = 0.001, max = 10, defaultValue = "0.1") double arrivalThresholdM,
        @Param(description = "Courant number bounding the sub-step of the donor-cell scheme", min = 0.05, max = 1,
                defaultValue = "0.5") double courantNumber) {
}
