package org.dunefront.wind;

import java.util.Objects;

/**
 * Parameters of the per-cell wind regime.
 *
 * @param thresholdWindKn  Fryberger threshold for DP, knots at 10 m (default 12)
 * @param transportLaw     flux law for the potential sand flux (default {@link TransportLaw#DURAN_KOK})
 * @param sediment         grain and air properties, bulk density for the m³ conversion
 * @param roughnessLengthM reference aerodynamic roughness z0 of the bare sand surface the potential flux
 *                         refers to, m (default 1e-4, bare sand); range [1e-6, 0.1]
 * @param bedType          bed of the reference surface (default {@link BedType#ERODIBLE_SAND})
 */
public record WindRegimeParams(double thresholdWindKn, TransportLaw transportLaw, SedimentParams sediment,
                               double roughnessLengthM, BedType bedType) {

    public static final double DEFAULT_ROUGHNESS_LENGTH_M = 1e-4;

    public WindRegimeParams {
        new DriftPotentialParams(thresholdWindKn);
        Objects.requireNonNull(transportLaw, "transportLaw");
        Objects.requireNonNull(sediment, "sediment");
        Objects.requireNonNull(bedType, "bedType");
        SedimentParams.check("roughnessLengthM", roughnessLengthM, 1e-6, 0.1);
    }

    public static WindRegimeParams defaults() {
        return new WindRegimeParams(DriftPotentialParams.DEFAULT_THRESHOLD_KN, TransportLaw.DURAN_KOK,
                SedimentParams.defaults(), DEFAULT_ROUGHNESS_LENGTH_M, BedType.ERODIBLE_SAND);
    }

    public WindRegimeParams withTransportLaw(TransportLaw law) {
        return new WindRegimeParams(thresholdWindKn, law, sediment, roughnessLengthM, bedType);
    }
}
