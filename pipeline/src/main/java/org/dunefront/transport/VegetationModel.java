package org.dunefront.transport;

/**
 * How fractional vegetation cover reduces the shear velocity acting on the sand bed.
 */
public enum VegetationModel {
    /**
     * AeoLiS (Hoonhout &amp; de Vries 2016; after Durán &amp; Herrmann 2006, PRL 97:188001):
     * u*v = u* / sqrt(1 + Γ·cover), Γ = 16. With u* / u*t = 1.5 / 2 / 3 transport stops at
     * 7.8 % / 18.75 % / 50 % cover.
     */
    AEOLIS,
    /**
     * Raupach, Gillette &amp; Leys (1993), JGR 98(D2):3023–3029, doi:10.1029/92JD01922: the threshold
     * ratio R_t = u*t(bare)/u*t(vegetated) = [(1 − mσλ)(1 + mβλ)]^−½, applied here as the equivalent
     * reduction of the bed shear u*v = u* · R_t. Constants: m = 0.5 (field), β = 130 (AeoLiS),
     * σ = 1 (basal-to-frontal area ratio of shrubs), and λ = cover/σ (so the basal cover σλ equals
     * the fractional cover).
     */
    RAUPACH_1993;

    /** Γ of the AeoLiS form. */
    public static final double AEOLIS_GAMMA = 16.0;
    /** Raupach m (field value). */
    public static final double RAUPACH_M = 0.5;
    /** Raupach β (AeoLiS default). */
    public static final double RAUPACH_BETA = 130.0;
    /** Raupach σ, basal-to-frontal area ratio. */
    public static final double RAUPACH_SIGMA = 1.0;

    /** u*v / u* for a fractional cover in [0, 1]. */
    public double shearFactor(double coverFraction) {
        double c = Math.max(0.0, Math.min(1.0, coverFraction));
        return switch (this) {
            case AEOLIS -> 1.0 / Math.sqrt(1.0 + AEOLIS_GAMMA * c);
            case RAUPACH_1993 -> {
                double lambda = c / RAUPACH_SIGMA;
                double basal = Math.max(0.0, 1.0 - RAUPACH_M * RAUPACH_SIGMA * lambda);
                double frontal = 1.0 + RAUPACH_M * RAUPACH_BETA * lambda;
                yield basal <= 0 ? 0.0 : 1.0 / Math.sqrt(basal * frontal);
            }
        };
    }
}
