package org.dunefront.transport;

import org.dunefront.wind.BedType;
import org.dunefront.wind.ShearVelocity;

/**
 * Transport capacity per cell: the potential flux vector (computed over bare reference sand) scaled
 * by how the cell's surface changes the flux at the representative sand-moving wind U:
 * <pre>
 *   u*ref = κ U / ln(10 m / z0ref)                                   law of the wall
 *   u*bed = κ U / ln(10 m / z0) · f_MB(z0, z0ref)                      erodible beds: Marticorena &amp;
 *                                                                     Bergametti (1995) drag partition
 *   u*bed = κ U / ln(10 m / z0)                                        non-erodible beds (no partition:
 *                                                                     the gravel is the bed grains hop on)
 *   u*eff = u*bed · g(cover)                                           {@link VegetationModel}
 *   factor = q(u*eff, u*t, bed) / q(u*ref, u*t, sand)                  {@link org.dunefront.wind.TransportLaw}
 *   capacity = factor · (qx, qy)
 * </pre>
 * The capacity is 0 in sinks, asset traps, intervention traps, local lee zones
 * (Sx &gt; leeShelterThresholdDeg: erosion suppressed, deposition forced — Winstral et al. 2002 Sx with
 * Werner 1995's 15° shadow angle) and mountain-blocked cells (regional Sx &gt; regionalShelterThresholdDeg).
 * With a {@link ShelterMask} the lee and blocking tests use the Sx of the wind sector the cell's potential
 * flux of that period comes FROM (flux direction + 180°): a ridge shelters its lee only while the wind
 * blows over it.
 * Exposed cells (Sx &lt; 0) keep the full capacity. Evaluating the reduction at one representative wind,
 * instead of per time step, is the approximation that lets the potential flux be computed once on the
 * coarse wind grid; see docs/sand-model.md.
 */
public final class CapacityFluxOp {
    private CapacityFluxOp() {
    }

    /**
     * Capacity reduction factor of one cell (≥ 0; may exceed 1 on rigid beds).
     *
     * @param surface          the cell's class
     * @param coverFraction    effective vegetation cover, 0–1
     * @param roughnessLengthM effective z0, m
     */
    public static double reductionFactor(SurfaceClass surface, double coverFraction, double roughnessLengthM,
                                         TransportParams p) {
        if (surface.capturesAllSand()) return 0.0;
        double ut = p.sediment().thresholdShearVelocityMps();
        double uRef = p.referenceShearVelocityMps();
        double qRef = p.transportLaw().fluxKgPerMS(uRef, ut, BedType.ERODIBLE_SAND, p.sediment());
        if (!(qRef > 0)) {
            throw new IllegalArgumentException("representativeWind10mMps = " + p.representativeWind10mMps()
                    + " m/s does not move sand over the reference surface (u* = " + uRef + " ≤ u*t = " + ut
                    + " m/s); use a stronger representative wind");
        }
        double z0 = Math.max(roughnessLengthM, 1e-6);
        BedType bed = surface == SurfaceClass.NON_ERODIBLE ? BedType.NON_ERODIBLE : BedType.ERODIBLE_SAND;
        double uBed = ShearVelocity.fromWind(p.representativeWind10mMps(), ShearVelocity.REFERENCE_HEIGHT_M,
                Math.min(z0, 1.0));
        if (bed == BedType.ERODIBLE_SAND) uBed *= ShearVelocity.dragPartitionFraction(z0, p.referenceRoughnessM());
        double uEff = uBed * p.vegetationModel().shearFactor(coverFraction);
        return p.transportLaw().fluxKgPerMS(uEff, ut, bed, p.sediment()) / qRef;
    }

    /**
     * Capacity vectors of every cell for one potential-flux field, m³ m⁻¹ yr⁻¹: {qx (east), qy (north)}.
     */
    public static float[][] compute(SandTransportInput in, FluxField potential, TransportParams p) {
        SurfaceClass[] cls = in.resolveClasses();
        return compute(in, cls, potential, p);
    }

    /**
     * Annual-mean capacity, m³ m⁻¹ yr⁻¹: the mean of {@link #compute} over the input's flux periods, which
     * the model applies for equal parts of the year. With a {@link ShelterMask} each period has its own lee
     * zones, so this is not the capacity of the annual-mean flux. Summed in period order (deterministic).
     */
    public static float[][] annualMean(SandTransportInput in, TransportParams p) {
        CellFactors factors = CellFactors.of(in, in.resolveClasses(), p);
        FluxSeries series = in.potentialFlux();
        int n = in.cellCount(), periods = series.periods();
        double[] sx = new double[n], sy = new double[n];
        float[] qx = new float[n], qy = new float[n];
        for (int k = 0; k < periods; k++) { // one period's potential at a time, turned into capacity in place
            series.read(k, qx, qy);
            capacityInPlace(in, factors, qx, qy, 0, n, p);
            for (int i = 0; i < n; i++) {
                sx[i] += qx[i];
                sy[i] += qy[i];
            }
        }
        for (int i = 0; i < n; i++) {
            qx[i] = (float) (sx[i] / periods);
            qy[i] = (float) (sy[i] / periods);
        }
        return new float[][] {qx, qy};
    }

    static float[][] compute(SandTransportInput in, SurfaceClass[] cls, FluxField potential, TransportParams p) {
        int n = in.cellCount();
        float[] qx = potential.qxM3PerMYr().clone(), qy = potential.qyM3PerMYr().clone();
        capacityInPlace(in, CellFactors.of(in, cls, p), qx, qy, 0, n, p);
        return new float[][] {qx, qy};
    }

    /**
     * Cells {@code [from, to)}: replaces the potential flux in {@code qx}/{@code qy} by the capacity, in place
     * (0 where the potential is NaN, in traps and in sheltered cells; factor × potential elsewhere).
     */
    static void capacityInPlace(SandTransportInput in, CellFactors factors, float[] qx, float[] qy, int from, int to,
                                TransportParams p) {
        for (int i = from; i < to; i++) {
            double px = qx[i], py = qy[i];
            if (Double.isNaN(px) || Double.isNaN(py) || factors.trap(i) || sheltered(in, i, px, py, p)) {
                qx[i] = 0f;
                qy[i] = 0f;
                continue;
            }
            double f = factors.factor(i);
            qx[i] = (float) (f * px);
            qy[i] = (float) (f * py);
        }
    }

    /**
     * Local lee zone (Sx_local &gt; leeShelterThresholdDeg) or mountain-blocked (Sx_regional &gt;
     * regionalShelterThresholdDeg); with a {@link ShelterMask}, either of these for the wind sector the
     * potential flux ({@code px} east, {@code py} north) of this period comes from.
     */
    static boolean sheltered(SandTransportInput in, int i, double px, double py, TransportParams p) {
        float[] sxL = in.shelterLocalDeg(), sxR = in.shelterRegionalDeg();
        ShelterMask bySector = in.shelterBySector();
        return (sxL != null && sxL[i] > p.leeShelterThresholdDeg())
                || (sxR != null && sxR[i] > p.regionalShelterThresholdDeg())
                || (bySector != null && bySector.shelteredFromFlux(i, px, py));
    }
}
