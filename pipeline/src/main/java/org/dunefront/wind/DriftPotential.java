package org.dunefront.wind;

/**
 * A wind regime's drift potentials after Fryberger &amp; Dean (1979), in vector units (VU, knots³).
 *
 * @param dpVu   drift potential DP = Σ V²(V − Vt)·t
 * @param rdpVu  resultant drift potential (magnitude of the vector sum)
 * @param rddDeg resultant drift direction: azimuth sand moves toward, degrees clockwise from north,
 *               in [0, 360); NaN when RDP = 0
 */
public record DriftPotential(double dpVu, double rdpVu, double rddDeg) {

    /** RDP/DP in [0, 1] (directional variability); NaN when DP = 0. */
    public double rdpOverDp() {
        return dpVu > 0 ? rdpVu / dpVu : Double.NaN;
    }

    public EnergyClass energyClass() {
        return EnergyClass.of(dpVu);
    }

    public DirectionalVariability directionalVariability() {
        return DirectionalVariability.of(rdpOverDp());
    }
}
