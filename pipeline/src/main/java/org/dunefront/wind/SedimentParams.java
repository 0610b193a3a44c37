package org.dunefront.wind;

/**
 * Sand and air properties shared by threshold, flux and mass-conservation formulas.
 *
 * @param grainDiameterMm            median grain diameter d, mm; range [0.05, 2] (Bagnold's formula
 *                                   is for sand; default 0.2 mm)
 * @param grainDensityKgM3           particle density ρs, kg/m³ (quartz 2650); range [1000, 5000]
 * @param airDensityKgM3             air density ρa, kg/m³ (1.225 at sea level, 15 °C); range [0.5, 1.5]
 * @param gravityMps2                gravitational acceleration g, m/s² (9.81)
 * @param thresholdCoefficientA      Bagnold's A (0.1 fluid threshold; AeoLiS uses 0.085); range [0.05, 0.2]
 * @param bulkDensityKgM3            bulk density of the deposit ρb = ρs (1 − porosity), kg/m³
 *                                   (2650 · 0.6 = 1590); range [1000, 2500]
 */
public record SedimentParams(double grainDiameterMm, double grainDensityKgM3, double airDensityKgM3,
                             double gravityMps2, double thresholdCoefficientA, double bulkDensityKgM3) {

    public SedimentParams {
        check("grainDiameterMm", grainDiameterMm, 0.05, 2);
        check("grainDensityKgM3", grainDensityKgM3, 1000, 5000);
        check("airDensityKgM3", airDensityKgM3, 0.5, 1.5);
        check("gravityMps2", gravityMps2, 9.7, 9.9);
        check("thresholdCoefficientA", thresholdCoefficientA, 0.05, 0.2);
        check("bulkDensityKgM3", bulkDensityKgM3, 1000, 2500);
        if (bulkDensityKgM3 > grainDensityKgM3) {
            throw new IllegalArgumentException("bulkDensityKgM3 (" + bulkDensityKgM3
                    + ") cannot exceed grainDensityKgM3 (" + grainDensityKgM3 + ")");
        }
    }

    /** Quartz sand of the given diameter with the constants of science.md §2 and §6. */
    public static SedimentParams quartzSand(double grainDiameterMm) {
        return new SedimentParams(grainDiameterMm, 2650, 1.225, 9.81, 0.1, 1590);
    }

    /** Quartz sand, d = 0.2 mm. */
    public static SedimentParams defaults() {
        return quartzSand(0.2);
    }

    public double grainDiameterM() {
        return grainDiameterMm * 1e-3;
    }

    /** Bagnold threshold shear velocity u*t for these grains, m/s. */
    public double thresholdShearVelocityMps() {
        return ShearVelocity.bagnoldThresholdMps(this);
    }

    static void check(String name, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + v);
        }
    }
}
