package org.dunefront.wind;

/**
 * The bed saltating sand moves over. Ho et al. (2011), "Scaling laws in aeolian sand transport",
 * PRL 106:094501, doi:10.1103/PhysRevLett.106.094501: over an erodible sand bed the grain speed
 * stays near a constant and the flux grows like u*² − u*t²; over a rigid, non-erodible bed (gobi,
 * gravel, rock) grains rebound efficiently, their speed grows with u*, and the flux grows like u*³.
 */
public enum BedType {
    /** Loose sand: flux ∝ (u*² − u_it²) for laws that resolve it. */
    ERODIBLE_SAND,
    /** Gobi, gravel, rock, crust: flux ∝ u* (u*² − u_it²) ≈ u*³. */
    NON_ERODIBLE
}
