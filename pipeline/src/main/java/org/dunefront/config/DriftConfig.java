package org.dunefront.config;

/**
 * Sand drift: wind regime, threshold, transport law, vegetation and terrain shelter (science.md
 * §1–5). Maps onto {@code wind.WindRegimeParams}, {@code wind.SedimentParams} and
 * {@code terrain.ShelterIndexParams} (same names).
 */
public record DriftConfig(
        @Param(description = "Threshold wind speed at 10 m for drift potential (Fryberger & Dean 1979: 12 kn; 6 m/s = 11.66 kn)",
                unit = "kn", min = 1, max = 60, defaultValue = "12") double thresholdWindKn,
        @Param(description = "Sand-flux law (the laws differ by up to 18x; the report names the one used)",
                defaultValue = "DURAN_KOK") TransportLaw transportLaw,
        @Param(description = "Vegetation effect on the shear velocity", defaultValue = "AEOLIS") VegetationModel vegetationModel,
        @Param(description = "Bed of the reference surface (flux ~u*^3 over non-erodible beds, Ho et al. 2011)",
                defaultValue = "ERODIBLE_SAND") BedType bedType,
        @Param(description = "Median sand grain diameter", unit = "mm", min = 0.05, max = 2,
                defaultValue = "0.2") double grainDiameterMm,
        @Param(description = "Grain (particle) density, quartz 2650", unit = "kg/m3", min = 1000, max = 5000,
                defaultValue = "2650") double grainDensityKgM3,
        @Param(description = "Bulk density of deposited sand (2650 kg/m3 x (1 - porosity 0.4))", unit = "kg/m3",
                min = 1000, max = 2500, defaultValue = "1590") double bulkDensityKgM3,
        @Param(description = "Air density", unit = "kg/m3", min = 0.5, max = 1.5,
                defaultValue = "1.225") double airDensityKgM3,
        @Param(description = "Bagnold threshold coefficient A (0.1 fluid threshold; AeoLiS uses 0.085)",
                min = 0.05, max = 0.2, defaultValue = "0.1") double thresholdCoefficientA,
        @Param(description = "Aerodynamic roughness z0 of the bare-sand reference surface", unit = "m",
                min = 1e-6, max = 0.1, defaultValue = "1e-4") double roughnessLengthM,
        @Param(description = "Upwind search distance of the Winstral shelter index, local lee zones", unit = "m",
                min = 1, max = 50000, defaultValue = "300") double shelterDistanceM,
        @Param(description = "Upwind search distance of the Winstral shelter index, mountain blocking", unit = "m",
                min = 1, max = 50000, defaultValue = "3000") double regionalShelterDistanceM,
        @Param(description = "Half-width of the fan of upwind rays of the shelter index", unit = "deg",
                min = 0, max = 45, defaultValue = "5") double shelterFanHalfWidthDeg,
        @Param(description = "Angular step between the shelter index's upwind rays", unit = "deg",
                min = 0.1, max = 45, defaultValue = "5") double shelterFanStepDeg,
        @Param(description = "Wind sectors of the shelter index, 4, 8 or 16; sector k is wind from k*360/S deg",
                min = 4, max = 16, defaultValue = "8") int shelterSectors,
        @Param(description = "Sectors with a smaller share of the basin's drift potential get no shelter index"
                + " (never lee zones); 0 computes all", min = 0, max = 0.5, defaultValue = "0.02") double shelterMinDpShare,
        @Param(description = "Cell size of the block-averaged DEM for the regional (mountain-blocking) shelter index;"
                + " 0 = the study grid", unit = "m", min = 0, max = 2000, defaultValue = "120") double regionalShelterCellM) {

    public DriftConfig {
        if (shelterSectors != 4 && shelterSectors != 8 && shelterSectors != 16) {
            throw new InvalidParameterException("shelterSectors", shelterSectors + " is not 4, 8 or 16",
                    "Use 4, 8 or 16 wind sectors (from-directions k*360/S)");
        }
        if (shelterDistanceM > regionalShelterDistanceM) {
            throw new InvalidParameterException("shelterDistanceM", ConfigYaml.number(shelterDistanceM)
                    + " m must not exceed regionalShelterDistanceM (" + ConfigYaml.number(regionalShelterDistanceM) + " m)",
                    "Use a local distance smaller than the regional one");
        }
        if (bulkDensityKgM3 > grainDensityKgM3) {
            throw new InvalidParameterException("bulkDensityKgM3", ConfigYaml.number(bulkDensityKgM3) + " kg/m3 exceeds grainDensityKgM3 ("
                    + ConfigYaml.number(grainDensityKgM3) + " kg/m3)", "The deposit cannot be denser than its grains");
        }
    }
}
