package org.dunefront.transport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.TiledExecutor;

/**
 * Sand transport and desert-front migration over a horizon (the {@code migrate} stage):
 * mass-conserving donor-cell finite volumes for ρb ∂h/∂t = −∇·q (science.md §6), with q limited by
 * the transport capacity ({@link CapacityFluxOp}) and by the sand available in each cell. Because
 * the potential flux is already a bulk volume flux (kg m⁻¹ s⁻¹ divided by ρb, scaled to a year),
 * the equation is solved as ∂h/∂t = −∇·q_v with q_v in m³ m⁻¹ yr⁻¹.
 *
 * <p>Steps: resolve surface classes → initial thickness → capacity per flux period → CFL sub-steps →
 * time loop (monthly/seasonal steps, see {@link DonorCellStepper}) with yearly front and asset
 * bookkeeping → outputs and summary.
 *
 * <p>CFL: a bedform of thickness h0 (initialSandThicknessM) moves at c = |q|/h0 (Bagnold celerity);
 * each output step is split into n equal sub-steps with max(|qx|/Δx + |qy|/Δy)·Δt / h0 ≤ cflNumber.
 * The scheme is positive (h ≥ 0) for any Δt because transfers never exceed the available sand.
 */
public final class SandTransportOp {
    private SandTransportOp() {
    }

    /**
     * @param progress reports after every output step; returning false cancels
     * @throws org.dunefront.grid.CancelledException when cancelled
     */
    public static SandTransportResult run(SandTransportInput in, TransportParams p, ProgressListener progress) {
        Objects.requireNonNull(in);
        Objects.requireNonNull(p);
        int n = in.cellCount();
        int stepsPerYear = p.stepLength().stepsPerYear();
        if (in.potentialFlux().size() != 1 && in.potentialFlux().size() != stepsPerYear) {
            throw new IllegalArgumentException("potentialFlux must hold 1 or " + stepsPerYear + " fields, got "
                    + in.potentialFlux().size());
        }
        SurfaceClass[] cls = in.resolveClasses();
        double[] h = initialThickness(in, cls, p);
        float[] h0 = toFloats(h);
        List<float[][]> capacity = new ArrayList<>();
        for (FluxField f : in.potentialFlux()) capacity.add(CapacityFluxOp.compute(in, cls, f, p));
        int sub = subSteps(capacity, in, p);
        double dt = 1.0 / stepsPerYear / sub;
        double area = in.cellAreaM2();
        double thr = p.arrivalThresholdM();
        float[] dist0 = DesertFront.distanceToSandM(h, in.width(), in.height(), in.cellSizeXM(), in.cellSizeYM(), thr);
        double initialM3 = sum(h) * area;

        int assets = in.assetClassNames().size();
        double[][] assetByYear = new double[assets][p.horizonYears()];
        List<FrontStats> fronts = new ArrayList<>();
        fronts.add(DesertFront.stats(h, dist0, in.width(), in.height(), thr, 0));
        double outflow = 0, sunk = 0;
        int totalSteps = p.horizonYears() * stepsPerYear;
        try (TiledExecutor exec = new TiledExecutor(p.threads())) {
            DonorCellStepper stepper = new DonorCellStepper(in, cls, h, p, exec);
            for (int step = 0; step < totalSteps; step++) {
                float[][] q = capacity.get(capacity.size() == 1 ? 0 : step % stepsPerYear);
                int year = step / stepsPerYear;
                for (int s = 0; s < sub; s++) {
                    double time = (double) step / stepsPerYear + (s + 1.0) / (stepsPerYear * (double) sub);
                    stepper.step(q[0], q[1], dt, time, thr);
                    outflow += sum(stepper.outflowByRow) * area;
                    sunk += sum(stepper.sunkByRow) * area;
                    for (int r = 0; r < in.height(); r++) {
                        for (int k = 0; k < assets; k++) assetByYear[k][year] += stepper.assetInByRow[r * assets + k] * area;
                    }
                }
                if ((step + 1) % stepsPerYear == 0) {
                    fronts.add(DesertFront.stats(h, dist0, in.width(), in.height(), thr, year + 1));
                }
                progress.reportOrCancel((step + 1.0) / totalSteps, "sand transport");
            }
            return results(in, p, cls, h, h0, stepper.firstArrival, dist0, capacity.get(0), fronts, assetByYear,
                    new MassBudget(initialM3, sum(h) * area, outflow, sunk), sub);
        }
    }

    /** Caller's initial thickness, or initialSandThicknessM on mobile sand; sinks start empty. */
    static double[] initialThickness(SandTransportInput in, SurfaceClass[] cls, TransportParams p) {
        double[] h = new double[in.cellCount()];
        float[] given = in.initialThicknessM();
        for (int i = 0; i < h.length; i++) {
            double v = given != null ? given[i] : cls[i] == SurfaceClass.MOBILE_SAND ? p.initialSandThicknessM() : 0;
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("initial thickness at cell " + i + " is " + v + " m; must be >= 0");
            }
            h[i] = cls[i] == SurfaceClass.SINK ? 0 : v;
        }
        return h;
    }

    static int subSteps(List<float[][]> capacity, SandTransportInput in, TransportParams p) {
        double maxRate = 0;
        for (float[][] q : capacity) {
            for (int i = 0; i < q[0].length; i++) {
                maxRate = Math.max(maxRate, Math.abs(q[0][i]) / in.cellSizeXM() + Math.abs(q[1][i]) / in.cellSizeYM());
            }
        }
        double dtStep = 1.0 / p.stepLength().stepsPerYear();
        double need = maxRate * dtStep / (p.cflNumber() * p.initialSandThicknessM());
        return (int) Math.max(1, Math.ceil(need - 1e-12));
    }

    private static SandTransportResult results(SandTransportInput in, TransportParams p, SurfaceClass[] cls,
                                               double[] h, float[] h0, float[] firstArrival, float[] dist0,
                                               float[][] cap, List<FrontStats> fronts, double[][] assetByYear,
                                               MassBudget budget, int sub) {
        int n = h.length;
        float[] thickness = toFloats(h), net = new float[n], rate = new float[n], celerity = new float[n];
        List<Float> cel = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            thickness[i] = Math.max(0f, thickness[i]); // hide −1e−17 round-off of slip-face cells
            net[i] = (float) (h[i] - h0[i]);
            float t = firstArrival[i];
            rate[i] = t > 0 && dist0[i] < Float.POSITIVE_INFINITY ? dist0[i] / t : Float.NaN;
            if (cls[i] == SurfaceClass.MOBILE_SAND) {
                double q = Math.hypot(cap[0][i], cap[1][i]);
                celerity[i] = (float) (q / p.duneHeightM());
                if (q > 0) cel.add(celerity[i]);
            } else {
                celerity[i] = Float.NaN;
            }
        }
        float[] celSorted = new float[cel.size()];
        for (int k = 0; k < celSorted.length; k++) celSorted[k] = cel.get(k);
        Arrays.sort(celSorted);
        List<AssetExposure> exposures = new ArrayList<>();
        byte[] codes = in.assetCodes();
        double ha = in.cellAreaM2() / 10_000.0;
        for (int k = 0; k < in.assetClassNames().size(); k++) {
            SortedMap<Integer, Double> reached = new TreeMap<>();
            double earliest = Double.NaN;
            for (int y = 10; y <= p.horizonYears(); y += 10) reached.put(y, 0.0);
            if (!reached.containsKey(p.horizonYears())) reached.put(p.horizonYears(), 0.0);
            for (int i = 0; i < n && codes != null; i++) {
                if ((codes[i] & 0xFF) != k + 1 || Float.isNaN(firstArrival[i])) continue;
                float t = firstArrival[i];
                if (Double.isNaN(earliest) || t < earliest) earliest = t;
                for (var e : reached.entrySet()) if (t <= e.getKey()) e.setValue(e.getValue() + ha);
            }
            exposures.add(new AssetExposure(in.assetClassNames().get(k), assetByYear[k], reached, earliest));
        }
        FrontStats last = fronts.get(fronts.size() - 1);
        MigrationSummary summary = new MigrationSummary(p.transportLaw(), p.vegetationModel(), p.horizonYears(), sub,
                last.medianAdvanceRateMPerYr(), last.p90AdvanceRateMPerYr(), last.advancedCells(), last.frontCells(),
                DesertFront.percentile(celSorted, 0.5), budget, List.copyOf(exposures));
        return new SandTransportResult(thickness, net, firstArrival, rate, celerity, cap[0], cap[1],
                List.copyOf(fronts), summary);
    }

    private static float[] toFloats(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) f[i] = (float) a[i];
        return f;
    }

    /** Sum in index order (deterministic). */
    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s;
    }
}
