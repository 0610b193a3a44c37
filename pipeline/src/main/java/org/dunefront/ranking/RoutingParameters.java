package org.dunefront.ranking;

import java.util.Objects;

/**
 * Parameters of {@link DownwindRouting}.
 *
 * @param scheme             split of a cell's outflow among downwind neighbours
 * @param weighting          discount of distant arrivals in the protective value
 * @param decayFractionPerKm fraction of sand lost per km of path for {@link TravelWeighting#DECAY_PER_KM} (0 ≤ x &lt; 1)
 * @param celerityMPerYr     sand-front / dune celerity in m/yr for {@link TravelWeighting#TRAVEL_TIME} (&gt; 0)
 * @param horizonYr          planning horizon in years for {@link TravelWeighting#TRAVEL_TIME} (&gt; 0)
 */
public record RoutingParameters(RoutingScheme scheme, TravelWeighting weighting, double decayFractionPerKm,
                                double celerityMPerYr, double horizonYr) {
    public RoutingParameters {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(weighting, "weighting");
        if (!(decayFractionPerKm >= 0 && decayFractionPerKm < 1)) {
            throw new IllegalArgumentException("decayFractionPerKm must be in [0, 1), got " + decayFractionPerKm);
        }
        if (!(celerityMPerYr > 0) || !Double.isFinite(celerityMPerYr)) {
            throw new IllegalArgumentException("celerityMPerYr must be > 0, got " + celerityMPerYr);
        }
        if (!(horizonYr > 0) || !Double.isFinite(horizonYr)) {
            throw new IllegalArgumentException("horizonYr must be > 0, got " + horizonYr);
        }
    }

    /**
     * Defaults: donor-cell split, 10 %/km decay, celerity 10 m/yr and a 30-year horizon (used only by
     * {@link TravelWeighting#TRAVEL_TIME}).
     */
    public static RoutingParameters defaults() {
        return new RoutingParameters(RoutingScheme.FACE_SPLIT, TravelWeighting.DECAY_PER_KM, 0.10, 10, 30);
    }

    /** Transmission factor of one step of {@code distanceM} metres. */
    double transmission(double distanceM) {
        return switch (weighting) {
            case NONE -> 1.0;
            case DECAY_PER_KM -> Math.pow(1 - decayFractionPerKm, distanceM / 1000.0);
            case TRAVEL_TIME -> Math.exp(-(distanceM / celerityMPerYr) / horizonYr);
        };
    }
}
