package org.dunefront.transport;

import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;

/**
 * Test oracle: the donor-cell stepper as it was before activity tracking (main@bb6ea7a), every cell of
 * every pass, kept verbatim so that {@link DonorCellStepperEquivalenceTest} can compare the optimised
 * {@link DonorCellStepper} with it bit for bit. Do not optimise this class.
 *
 * <p>One explicit donor-cell (upwind) finite-volume step of ρb ∂h/∂t = −∇·q on a regular grid, in a
 * gather formulation so that rows can be updated in parallel with bit-identical results.
 *
 * <p>Pass 1 (per cell, reads h): the outgoing face transfers, in metres of thickness over the cell,
 * <pre>
 *   fx = qx·Δt/Δx (to the east neighbour if &gt; 0, else west),  fy = −qy·Δt/Δy (to the south neighbour if &gt; 0)
 *   s  = min(1, h / (|fx| + |fy|))                 supply limit: a cell never gives more sand than it has
 *   ox = s·fx, oy = s·fy                           (0 in a slip-face shadow, see below)
 * </pre>
 * Pass 1b (slip-face cells only, see below) adds the transfers of lee cells.
 * Pass 2 (per cell, reads neighbours' transfers): h' = h − |ox| − |oy| + Σ transfers pointing in.
 * Every transfer is subtracted from its donor and added to its receiver exactly once with the same
 * (float) value, so the total changes only by double round-off in the cell sums.
 *
 * <p>"q = min(capacity, influx + available sand)" of science.md §6 is realised explicitly: the sand
 * available for transfer in a step is the thickness at its start, which already includes all earlier
 * influx; influx of this step becomes available in the next one (it leaves at most one cell later).
 *
 * <p>Slip-face shadow (Werner 1995, Geology 23:1107–1110, shadow angle 15°): a cell whose upwind
 * neighbour's surface (bed + h) is higher by more than tan(shadow angle)·Δx lies in the lee of a
 * slip face; it is not eroded and keeps what arrives (deposition forced) up to the brink level
 * (the upwind neighbour's surface); only sand above that level passes on.
 * This is what makes a resolved dune migrate as a body instead of smearing into a sheet.
 */
final class ReferenceDonorCellStepper {
    private final int w;
    private final int h;
    private final boolean periodic;
    private final double dx;
    private final double dy;
    private final double shadowDropX;
    private final double shadowDropY;
    private final double slipFaceMinHeight;
    private final float[] bed;
    private final SurfaceClass[] cls;
    private final byte[] asset;
    private final int assetCount;
    private final TiledExecutor exec;
    private final TileScheme bands;

    final double[] thickness;
    final float[] ox;
    final float[] oy;
    /** Transfers of slip-face (lee) cells: the sand above the brink level. */
    final float[] ex;
    final float[] ey;
    private final boolean[] lee;
    final float[] firstArrival;
    /** Per-row accumulators of the last step (m of thickness summed over cells). */
    final double[] outflowByRow;
    final double[] sunkByRow;
    final double[] assetInByRow;

    ReferenceDonorCellStepper(SandTransportInput in, SurfaceClass[] cls, double[] thickness, TransportParams p,
                     TiledExecutor exec) {
        this.w = in.width();
        this.h = in.height();
        this.periodic = p.boundary() == BoundaryCondition.PERIODIC;
        this.dx = in.cellSizeXM();
        this.dy = in.cellSizeYM();
        double slope = p.shadowSlope();
        this.shadowDropX = slope * dx;
        this.shadowDropY = slope * dy;
        this.slipFaceMinHeight = slope == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : p.slipFaceMinHeightM();
        this.bed = in.bedElevationM();
        this.cls = cls;
        this.asset = in.assetCodes();
        this.assetCount = in.assetClassNames().size();
        this.exec = exec;
        this.bands = new TileScheme(w, h, w, Math.min(p.rowsPerTask(), h));
        this.thickness = thickness;
        this.ox = new float[w * h];
        this.oy = new float[w * h];
        this.ex = new float[w * h];
        this.ey = new float[w * h];
        this.lee = new boolean[w * h];
        this.firstArrival = new float[w * h];
        this.outflowByRow = new double[h];
        this.sunkByRow = new double[h];
        this.assetInByRow = new double[h * Math.max(1, assetCount)];
        double thr = p.arrivalThresholdM();
        for (int i = 0; i < thickness.length; i++) firstArrival[i] = thickness[i] > thr ? 0f : Float.NaN;
    }

    /**
     * Advances one sub-step.
     *
     * @param qx       eastward capacity, m³ m⁻¹ yr⁻¹
     * @param qy       northward capacity, m³ m⁻¹ yr⁻¹
     * @param dtYears  sub-step length
     * @param timeYears time at the end of the sub-step (for first arrival)
     */
    void step(float[] qx, float[] qy, double dtYears, double timeYears, double arrivalThresholdM) {
        double kx = dtYears / dx, ky = dtYears / dy;
        exec.run(bands, tile -> {
            for (int r = tile.row(); r < tile.endRow(); r++) transfersOfRow(r, qx, qy, kx, ky);
        }, ProgressListener.NONE, "transfers");
        exec.run(bands, tile -> {
            for (int r = tile.row(); r < tile.endRow(); r++) leeExcessOfRow(r, qx, qy, kx, ky);
        }, ProgressListener.NONE, "slip faces");
        exec.run(bands, tile -> {
            for (int r = tile.row(); r < tile.endRow(); r++) updateRow(r, timeYears, arrivalThresholdM);
        }, ProgressListener.NONE, "update");
    }

    private double surface(int i) {
        return bed == null ? thickness[i] : bed[i] + thickness[i];
    }

    private int west(int c, int r) {
        return c > 0 ? r * w + c - 1 : periodic ? r * w + w - 1 : -1;
    }

    private int east(int c, int r) {
        return c < w - 1 ? r * w + c + 1 : periodic ? r * w : -1;
    }

    private int north(int c, int r) {
        return r > 0 ? (r - 1) * w + c : periodic ? (h - 1) * w + c : -1;
    }

    private int south(int c, int r) {
        return r < h - 1 ? (r + 1) * w + c : periodic ? c : -1;
    }

    private void transfersOfRow(int r, float[] qx, float[] qy, double kx, double ky) {
        for (int c = 0; c < w; c++) {
            int i = r * w + c;
            double hi = thickness[i];
            double fx = qx[i] * kx, fy = -qy[i] * ky;
            ox[i] = 0f;
            oy[i] = 0f;
            lee[i] = false;
            if (fx == 0 && fy == 0) continue;
            // No sand here or next door: every transfer of this cell is 0 whether or not it is on a slip
            // face (a lee cell passes on only what it holds or receives), so skip the slip-face test.
            if (!(hi > 0) && !sandAround(c, r)) continue;
            if (!Double.isNaN(brinkLevel(c, r, i, fx, fy))) {
                lee[i] = true;
                continue;
            }
            if (!(hi > 0)) continue;
            double demand = Math.abs(fx) + Math.abs(fy);
            double s = hi >= demand ? 1.0 : hi / demand;
            float tx = (float) (fx * s), ty = (float) (fy * s);
            while ((double) Math.abs(tx) + Math.abs(ty) > hi) {
                tx = Math.nextAfter(tx, 0.0);
                ty = Math.nextAfter(ty, 0.0);
            }
            ox[i] = tx;
            oy[i] = ty;
        }
    }

    /** Whether any of the four face neighbours holds sand (it alone can send sand here in pass 1). */
    private boolean sandAround(int c, int r) {
        int nb = west(c, r);
        if (nb >= 0 && thickness[nb] > 0) return true;
        nb = east(c, r);
        if (nb >= 0 && thickness[nb] > 0) return true;
        nb = north(c, r);
        if (nb >= 0 && thickness[nb] > 0) return true;
        nb = south(c, r);
        return nb >= 0 && thickness[nb] > 0;
    }

    /**
     * The brink level (m, surface elevation) a slip-face cell may fill up to; NaN when the cell is not
     * on a slip face. Along each axis that carries flux, a cell is on a slip face when
     * <ul>
     * <li>(resolved) its upwind neighbour's surface is higher by more than tan(shadow angle)·Δ — the
     *     Werner shadow — or it is lower than its upwind neighbour while higher than its downwind
     *     neighbour by more than that (a lee face still building); brink = upwind surface;</li>
     * <li>(sub-grid) the same two conditions on the <em>sand thickness</em> with the drop
     *     slipFaceMinHeightM: the edge of a sand body at least that thick is the lee face of dunes the
     *     grid cannot resolve (sand sheets thinner than that have no slip faces, Kocurek &amp; Nielson
     *     1986); brink = own bed + upwind thickness.</li>
     * </ul>
     * Without the building condition the front cell stops filling one drop below the crest and the
     * dune flattens numerically.
     */
    private double brinkLevel(int c, int r, int i, double fx, double fy) {
        if (slipFaceMinHeight == Double.POSITIVE_INFINITY) return Double.NaN;
        double brink = Double.NaN;
        if (fx != 0) {
            int up = fx > 0 ? west(c, r) : east(c, r), down = fx > 0 ? east(c, r) : west(c, r);
            brink = slipFaceBrink(i, up, down, shadowDropX, brink);
        }
        if (fy != 0) {
            int up = fy > 0 ? north(c, r) : south(c, r), down = fy > 0 ? south(c, r) : north(c, r);
            brink = slipFaceBrink(i, up, down, shadowDropY, brink);
        }
        return brink;
    }

    private double slipFaceBrink(int i, int up, int down, double drop, double brinkSoFar) {
        if (up < 0) return brinkSoFar;
        double brink = brinkSoFar;
        double si = surface(i), su = surface(up);
        if (su - si > drop || (su > si && down >= 0 && si - surface(down) > drop)) {
            brink = Double.isNaN(brink) ? su : Math.max(brink, su);
        }
        double hi = thickness[i], hu = thickness[up];
        if (hu - hi > slipFaceMinHeight || (hu > hi && down >= 0 && hi - thickness[down] > slipFaceMinHeight)) {
            double b = surface(i) - hi + hu;
            brink = Double.isNaN(brink) ? b : Math.max(brink, b);
        }
        return brink;
    }

    /**
     * Pass 1b: a slip-face cell keeps what arrives up to the brink (crest) level and passes the
     * excess on (at most its capacity), so the lee face builds up to the crest without overshooting
     * it and the dune advances cell by cell. Reads only pass-1 transfers of neighbours, so rows stay
     * independent.
     */
    private void leeExcessOfRow(int r, float[] qx, float[] qy, double kx, double ky) {
        for (int c = 0; c < w; c++) {
            int i = r * w + c;
            ex[i] = 0f;
            ey[i] = 0f;
            if (!lee[i]) continue;
            double fx = qx[i] * kx, fy = -qy[i] * ky;
            double in = inflowX(c, r, ox) + inflowY(c, r, oy);
            double available = thickness[i] + in;
            double demand = Math.abs(fx) + Math.abs(fy);
            double excess = Math.min(Math.min(surface(i) + in - brinkLevel(c, r, i, fx, fy), available), demand);
            if (!(excess > 0)) continue;
            float tx = (float) (fx * (excess / demand)), ty = (float) (fy * (excess / demand));
            while ((double) Math.abs(tx) + Math.abs(ty) > available) {
                tx = Math.nextAfter(tx, 0.0);
                ty = Math.nextAfter(ty, 0.0);
            }
            ex[i] = tx;
            ey[i] = ty;
        }
    }

    /** Sum of the two x-face transfers pointing into (c, r); two terms, so order-independent. */
    private double inflowX(int c, int r, float[] tx) {
        double in = 0;
        int nb = west(c, r);
        if (nb >= 0 && tx[nb] > 0) in += tx[nb];
        nb = east(c, r);
        if (nb >= 0 && tx[nb] < 0) in -= tx[nb];
        return in;
    }

    private double inflowY(int c, int r, float[] ty) {
        double in = 0;
        int nb = north(c, r);
        if (nb >= 0 && ty[nb] > 0) in += ty[nb];
        nb = south(c, r);
        if (nb >= 0 && ty[nb] < 0) in -= ty[nb];
        return in;
    }

    private void updateRow(int r, double time, double thr) {
        double outflow = 0, sunk = 0;
        int base = r * Math.max(1, assetCount);
        for (int k = 0; k < Math.max(1, assetCount); k++) assetInByRow[base + k] = 0;
        for (int c = 0; c < w; c++) {
            int i = r * w + c;
            // x and y inflows are summed separately (two terms each) so that a 90° rotation of the
            // grid permutes only commutative additions: rotated runs are bit-identical (T10).
            // A cell has either a pass-1 or a slip-face transfer (the other is 0), so tx = ox + ex is exact.
            double inX = 0, inY = 0;
            int nb = west(c, r);
            if (nb >= 0 && ox[nb] + ex[nb] > 0) inX += ox[nb] + ex[nb];
            nb = east(c, r);
            if (nb >= 0 && ox[nb] + ex[nb] < 0) inX -= ox[nb] + ex[nb];
            nb = north(c, r);
            if (nb >= 0 && oy[nb] + ey[nb] > 0) inY += oy[nb] + ey[nb];
            nb = south(c, r);
            if (nb >= 0 && oy[nb] + ey[nb] < 0) inY -= oy[nb] + ey[nb];
            double in = inX + inY;
            float tx = ox[i] + ex[i], ty = oy[i] + ey[i];
            if (!periodic) {
                if ((c == w - 1 && tx > 0) || (c == 0 && tx < 0)) outflow += Math.abs(tx);
                if ((r == h - 1 && ty > 0) || (r == 0 && ty < 0)) outflow += Math.abs(ty);
            }
            double hn = thickness[i] - ((double) Math.abs(tx) + Math.abs(ty)) + in;
            if (cls[i] == SurfaceClass.SINK) {
                sunk += hn;
                hn = 0;
            }
            if (asset != null && asset[i] != 0) assetInByRow[base + (asset[i] & 0xFF) - 1] += in;
            thickness[i] = hn;
            if (Float.isNaN(firstArrival[i]) && hn > thr) firstArrival[i] = (float) time;
        }
        outflowByRow[r] = outflow;
        sunkByRow[r] = sunk;
    }
}
