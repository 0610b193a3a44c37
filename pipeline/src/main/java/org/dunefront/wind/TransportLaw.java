package org.dunefront.wind;

/**
 * Saturated sand-flux laws, q in kg m⁻¹ s⁻¹, as implemented in AeoLiS (Hoonhout &amp; de Vries 2016,
 * JGR Earth Surface 121, doi:10.1002/2015JF003692) and the literature; q = 0 for u* ≤ u*t. The
 * laws differ by up to 18× at the same wind: the choice is a parameter and is reported.
 *
 * <p><b>Bed type (Ho et al. 2011).</b> Only {@link #DURAN_KOK} separates the grain-speed scale from
 * u*: on {@link BedType#NON_ERODIBLE} beds its constant grain-speed scale u_it is replaced by u*,
 * giving q ∝ u*(u*² − u_it²) ≈ u*³. Bagnold, Kawamura and Lettau are already cubic in u* and are
 * used unchanged on both bed types.
 */
public enum TransportLaw {
    /**
     * Bagnold (1937, 1941) in the AeoLiS excess-shear form:
     * q = C · sqrt(d/D) · (ρa/g) · (u* − u*t)³, C = 1.5 (nearly uniform sand), D = 0.25 mm.
     */
    BAGNOLD,
    /**
     * Kawamura (1951), Rep. Inst. Sci. Technol. Univ. Tokyo 5:95–112:
     * q = C · (ρa/g) · (u* + u*t)² (u* − u*t), C = 2.78.
     */
    KAWAMURA,
    /**
     * Lettau &amp; Lettau (1978), in <i>Exploring the World's Driest Climate</i>, IES Report 101:110–147:
     * q = C · sqrt(d/D) · (ρa/g) · u*² (u* − u*t), C = 6.7, D = 0.25 mm (the original grain-size
     * factor; equal to 1 at the check-value diameter d = 0.25 mm).
     */
    LETTAU,
    /**
     * Durán et al. (2011), Aeolian Research 3:243–270, and Kok et al. (2012), Rep. Prog. Phys.
     * 75:106901: q = C · (ρa/g) · u_it · (u*² − u_it²), C = 5, impact threshold u_it = 0.8 u*t.
     */
    DURAN_KOK;

    /** Reference grain diameter D of Bagnold and Lettau, mm. */
    public static final double REFERENCE_DIAMETER_MM = 0.25;

    /**
     * Saturated mass flux, kg m⁻¹ s⁻¹.
     *
     * @param shearVelocityMps          u* acting on the bed, m/s
     * @param thresholdShearVelocityMps u*t (fluid threshold), m/s
     * @param bed                       the bed type (see class doc)
     */
    public double fluxKgPerMS(double shearVelocityMps, double thresholdShearVelocityMps, BedType bed,
                              SedimentParams s) {
        double us = shearVelocityMps, ut = thresholdShearVelocityMps;
        if (!(us > ut)) return 0.0;
        double rg = s.airDensityKgM3() / s.gravityMps2();
        double grain = Math.sqrt(s.grainDiameterMm() / REFERENCE_DIAMETER_MM);
        return switch (this) {
            case BAGNOLD -> {
                double ex = us - ut;
                yield 1.5 * grain * rg * ex * ex * ex;
            }
            case KAWAMURA -> 2.78 * rg * (us + ut) * (us + ut) * (us - ut);
            case LETTAU -> 6.7 * grain * rg * us * us * (us - ut);
            case DURAN_KOK -> {
                double uit = 0.8 * ut;
                double speedScale = bed == BedType.NON_ERODIBLE ? us : uit;
                yield 5.0 * rg * speedScale * (us * us - uit * uit);
            }
        };
    }
}
