package org.dunefront.config;

/**
 * Dune migration: mass-conserving sand transport over the horizon (science.md §6). Maps onto
 * {@code transport.TransportParams} (same names; timeStep = stepLength).
 */
public record MigrateConfig(
        @Param(description = "Simulated horizon", unit = "years", min = 1, max = 500,
                defaultValue = "30") int horizonYears,
        @Param(description = "Output time step of the simulation", defaultValue = "MONTHLY") TimeStep timeStep,
        @Param(description = "Grid edge behaviour", defaultValue = "OPEN") BoundaryCondition boundary,
        @Param(description = "Initial loose-sand thickness on mobile sand", unit = "m", min = 0.001, max = 100,
                defaultValue = "2") double initialSandThicknessM,
        @Param(description = "Thickness from which a cell counts as reached by sand (front, assets)",
                unit = "m", min = 0.001, max = 10, defaultValue = "0.05") double arrivalThresholdM,
        @Param(description = "Sand-moving 10 m wind at which reduction factors are evaluated", unit = "m/s",
                min = 0.1, max = 40, defaultValue = "9") double representativeWind10mMps,
        @Param(description = "Local shelter index above which a cell is a lee zone (Werner 1995 shadow angle)",
                unit = "deg", min = 0, max = 90, defaultValue = "15") double leeShelterThresholdDeg,
        @Param(description = "Regional shelter index above which a cell is blocked by mountains", unit = "deg",
                min = 0, max = 90, defaultValue = "10") double regionalShelterThresholdDeg,
        @Param(description = "Slip-face shadow angle of the dynamic lee rule (90 disables it)", unit = "deg",
                min = 0.1, max = 90, defaultValue = "15") double shadowAngleDeg,
        @Param(description = "Sand bodies at least this thick get a slip face at their lee edge (sub-grid dunes)",
                unit = "m", min = 0.01, max = 100, defaultValue = "0.5") double slipFaceMinHeightM,
        @Param(description = "Courant number bounding the sub-step of the donor-cell scheme", min = 0.05, max = 1,
                defaultValue = "0.5") double cflNumber,
        @Param(description = "Dune height H for the celerity c = q / (rho_b H)", unit = "m", min = 0.1, max = 300,
                defaultValue = "3") double duneHeightM,
        @Param(description = "Cell size of the transport model grid: 0 = AUTO, the smallest whole multiple of the study cell giving "
                + "at most 2000 x 2000 model cells (the study cell up to 2000 x 2000; 90 m for 5000 x 5000 and 300 m for "
                + "20000 x 20000 at 30 m; from the grid size only, never the heap); otherwise a whole multiple of the study "
                + "cell. Coarser model grids are block-aggregated and the model results written on the model grid "
                + "(see docs/sand-model.md)", unit = "m", min = 0, max = 100000,
                defaultValue = "0") double modelCellSizeM) {

    public MigrateConfig {
        if (arrivalThresholdM >= initialSandThicknessM) {
            throw new InvalidParameterException("arrivalThresholdM", ConfigYaml.number(arrivalThresholdM) + " m is not below initialSandThicknessM ("
                    + ConfigYaml.number(initialSandThicknessM) + " m)", "Use an arrival threshold smaller than the initial thickness");
        }
    }
}
