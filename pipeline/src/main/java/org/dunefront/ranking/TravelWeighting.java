package org.dunefront.ranking;

/** How sand that must travel far before reaching an asset is discounted in the protective value. */
public enum TravelWeighting {
    /** No discount: every grain that would arrive counts fully. */
    NONE,
    /** Factor (1 − decayFractionPerKm)^(distance / 1 km) along the path (deposition and uncertainty en route). */
    DECAY_PER_KM,
    /**
     * Factor exp(−t / horizon) with travel time t = path length / dune celerity (celerity from
     * science.md §6, e.g. 4.5–15 m/yr at Minqin; He et al. 2023): sand that arrives only after
     * decades matters less to the plan than sand arriving next year.
     */
    TRAVEL_TIME
}
