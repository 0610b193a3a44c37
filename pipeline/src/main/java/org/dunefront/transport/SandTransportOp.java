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
        int stepsPerYear = p.stepLength().stepsPerYear();
        FluxSeries flux = in.potentialFlux();
        if (flux.periods() != 1 && flux.periods() != stepsPerYear) {
            throw new IllegalArgumentException("potentialFlux must hold 1 or " + stepsPerYear + " fields, got "
                    + flux.periods());
        }
        SurfaceClass[] cls = in.resolveClasses();
        double[] h = initialThickness(in, cls, p);
        try (TiledExecutor exec = new TiledExecutor(p.threads())) {
            PeriodCapacity capacity = new PeriodCapacity(in, cls, p, exec);
            int sub = subSteps(capacity, in, p);
            TimeLoop loop = timeLoop(in, p, cls, h, capacity, sub, exec, progress);
            capacity.load(0);
            return results(in, p, cls, h, loop.firstArrival, loop.dist0, capacity.qx, capacity.qy, loop.fronts,
                    loop.assetByYear, loop.budget, sub);
        }
    }

    /** What the time loop leaves for the results (the stepper's work arrays are garbage by then). */
    private record TimeLoop(float[] firstArrival, float[] dist0, List<FrontStats> fronts, double[][] assetByYear,
                            MassBudget budget) { }

    private static TimeLoop timeLoop(SandTransportInput in, TransportParams p, SurfaceClass[] cls, double[] h,
                                     PeriodCapacity capacity, int sub, TiledExecutor exec, ProgressListener progress) {
        int stepsPerYear = p.stepLength().stepsPerYear();
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
        DonorCellStepper stepper = new DonorCellStepper(in, cls, h, p, exec);
        for (int step = 0; step < totalSteps; step++) {
            capacity.load(capacity.periods() == 1 ? 0 : step % stepsPerYear);
            int year = step / stepsPerYear;
            for (int s = 0; s < sub; s++) {
                double time = (double) step / stepsPerYear + (s + 1.0) / (stepsPerYear * (double) sub);
                stepper.step(capacity.qx, capacity.qy, dt, time, thr);
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
        return new TimeLoop(stepper.firstArrival, dist0, fronts, assetByYear,
                new MassBudget(initialM3, sum(h) * area, outflow, sunk));
    }

    /**
     * Heap a run needs per cell at its peak, bytes: input layers (codes, assets, cover, z0, two shelter
     * indices, bed, initial thickness: 26), class references and factor index (6), the current period's
     * capacity (8), thickness as double (8), distance to the initial sand (4), the stepper's four transfer
     * layers and first arrival (20) and its four one-bit activity layers (sand, moving, sinks, arrived: 0.5), with a
     * margin for the yearly front statistics and the lee-cell lists.
     */
    public static final int HEAP_BYTES_PER_CELL = 80;

    /** Estimated peak heap of a run over {@code cells} cells, bytes (see {@link #HEAP_BYTES_PER_CELL}). */
    public static long estimatedHeapBytes(long cells) {
        return cells * HEAP_BYTES_PER_CELL;
    }

    /** Caller's initial thickness, or initialSandThicknessM on mobile sand; sinks start empty. */
    static double[] initialThickness(SandTransportInput in, SurfaceClass[] cls, TransportParams p) {
        double[] h = new double[in.cellCount()];
        float[] given = in.initialThicknessM();
        for (int i = 0; i < h.length; i++) h[i] = initialThicknessOf(given, cls, i, p);
        return h;
    }

    private static double initialThicknessOf(float[] given, SurfaceClass[] cls, int i, TransportParams p) {
        double v = given != null ? given[i] : cls[i] == SurfaceClass.MOBILE_SAND ? p.initialSandThicknessM() : 0;
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("initial thickness at cell " + i + " is " + v + " m; must be >= 0");
        }
        return cls[i] == SurfaceClass.SINK ? 0 : v;
    }

    static int subSteps(PeriodCapacity capacity, SandTransportInput in, TransportParams p) {
        double maxRate = 0;
        for (int k = 0; k < capacity.periods(); k++) {
            capacity.load(k);
            float[] qx = capacity.qx, qy = capacity.qy;
            for (int i = 0; i < qx.length; i++) {
                maxRate = Math.max(maxRate, Math.abs(qx[i]) / in.cellSizeXM() + Math.abs(qy[i]) / in.cellSizeYM());
            }
        }
        double dtStep = 1.0 / p.stepLength().stepsPerYear();
        double need = maxRate * dtStep / (p.cflNumber() * p.initialSandThicknessM());
        return (int) Math.max(1, Math.ceil(need - 1e-12));
    }

    private static SandTransportResult results(SandTransportInput in, TransportParams p, SurfaceClass[] cls,
                                               double[] h, float[] firstArrival, float[] dist0,
                                               float[] capQx, float[] capQy, List<FrontStats> fronts,
                                               double[][] assetByYear, MassBudget budget, int sub) {
        int n = h.length;
        float[] thickness = toFloats(h), net = new float[n], rate = new float[n], celerity = new float[n];
        float[] cel = new float[64];
        int nCel = 0;
        float[] given = in.initialThicknessM();
        for (int i = 0; i < n; i++) {
            thickness[i] = Math.max(0f, thickness[i]); // hide −1e−17 round-off of slip-face cells
            net[i] = (float) (h[i] - (float) initialThicknessOf(given, cls, i, p));
            float t = firstArrival[i];
            rate[i] = t > 0 && dist0[i] < Float.POSITIVE_INFINITY ? dist0[i] / t : Float.NaN;
            if (cls[i] == SurfaceClass.MOBILE_SAND) {
                double q = Math.hypot(capQx[i], capQy[i]);
                celerity[i] = (float) (q / p.duneHeightM());
                if (q > 0) {
                    if (nCel == cel.length) cel = Arrays.copyOf(cel, nCel * 2);
                    cel[nCel++] = celerity[i];
                }
            } else {
                celerity[i] = Float.NaN;
            }
        }
        float[] celSorted = Arrays.copyOf(cel, nCel);
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
        return new SandTransportResult(thickness, net, firstArrival, rate, celerity, capQx, capQy,
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
