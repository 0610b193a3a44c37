package org.dunefront.config;

/** Sand-drift potential and transport capacity (science.md §1–5). */
public record DriftConfig(
        @Param(description = "Threshold wind speed at 10 m for drift potential (Fryberger & Dean 1979 use 12 kn)",
                unit = "kn", min = 1, max = 40, defaultValue = "12") double thresholdWindKn,
        @Param(description = "Median sand grain diameter", unit = "mm", min = 0.05, max = 2,
                defaultValue = "0.2") double grainDiameterMm,
        @Param(description = "Sand-flux law", defaultValue = "BAGNOLD") TransportLaw transportLaw,
        @Param(description = "Vegetation effect on transport", defaultValue = "AEOLIS") VegetationModel vegetationModel,
        @Param(description = "Bulk density of deposited sand (2650 kg/m3 grains x 0.6)", unit = "kg/m3",
                min = 1000, max = 2650, defaultValue = "1590") double bulkDensityKgM3,
        @Param(description = "Air density", unit = "kg/m3", min = 0.9, max = 1.5,
                defaultValue = "1.225") double airDensityKgM3,
        @Param(description = "Bagnold threshold coefficient A (0.1 fluid threshold; AeoLiS uses 0.085)",
                min = 0.05, max = 0.2, defaultValue = "0.1") double thresholdCoefficient,
        @Param(description = "Upwind search distance of the Winstral shelter index, local scale", unit = "m",
                min = 0, max = 20000, defaultValue = "500") double shelterDistanceM,
        @Param(description = "Upwind search distance of the Winstral shelter index, regional scale", unit = "m",
                min = 0, max = 100000, defaultValue = "5000") double regionalShelterDistanceM) {

    public DriftConfig {
        if (shelterDistanceM > regionalShelterDistanceM) {
            throw new InvalidParameterException("shelterDistanceM", shelterDistanceM
                    + " m must not exceed regionalShelterDistanceM (" + regionalShelterDistanceM + " m)",
                    "Use a local distance smaller than the regional one");
        }
    }
}
