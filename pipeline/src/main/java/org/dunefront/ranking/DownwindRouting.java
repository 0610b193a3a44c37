package org.dunefront.ranking;

import java.util.Objects;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;

/**
 * Routes the annual sand-flux field downwind to the assets it would reach, giving for every cell the
 * sand that a patch there would intercept before it reaches farmland, settlements or other assets.
 *
 * <p><b>Outflow.</b> The flux q = (qE, qN) from the transport model (volumetric, m³ per metre width
 * per year) already is a through-flux: it includes everything arriving from upwind. The sand leaving
 * cell i per year is the donor-cell face flux O = (|qE|·Δy + |qN|·Δx)·1 yr (m³/yr, science.md §6).
 * Fluxes are therefore <em>not</em> accumulated downstream (that would count the same grain once per
 * cell crossed); what is routed is the fate of the sand leaving each cell.
 *
 * <p><b>Graph.</b> {@link RoutingScheme#FACE_SPLIT} sends the share |qE|·Δy/O to the east or west
 * neighbour and |qN|·Δx/O to the north or south one (1–2 receivers, a D-infinity-like split by the
 * flux direction; Tarboton 1997, Water Resour. Res. 33(2):309–319); {@link RoutingScheme#D8} sends
 * everything to the neighbour closest in direction (O'Callaghan &amp; Mark 1984, CVGIP 28:323–344).
 * Asset cells (value &gt; 0) are sinks. Sand leaving the grid is lost; NaN flux means no outflow.
 *
 * <p><b>Reach.</b> The fraction of sand leaving i that reaches assets satisfies
 * R(i) = Σ_k s(i,k)·A(k) with A(k) = 1 on an asset and R(k) elsewhere — a flow-accumulation-like pass
 * in reverse topological order. The weighted reach uses A(k) = asset value on assets and multiplies
 * every step by a travel factor τ (see {@link TravelWeighting}). The order is the post-order of an
 * iterative depth-first search from cells in row-major order (Tarjan 1972, SIAM J. Comput.
 * 1(2):146–160): every cell finishes after its receivers. Opposing fluxes make cycles (convergence
 * zones where sand deposits): the edge that would close a cycle (DFS back edge) is cut — its sand is
 * treated as deposited — which is deterministic because the search order is fixed. O(N) time.
 *
 * <p>Grids must be axis-aligned (no rotation terms); cell sizes are taken as metres.
 */
public final class DownwindRouting {
    /** Neighbour offsets for D8 in a fixed tie-breaking order: E, SE, S, SW, W, NW, N, NE (grid rows grow downwards). */
    private static final int[] D8_DC = {1, 1, 0, -1, -1, -1, 0, 1};
    private static final int[] D8_DR = {0, 1, 1, 1, 0, -1, -1, -1};

    private DownwindRouting() {}

    /**
     * @param grid            grid geometry (axis-aligned, metric)
     * @param qEastM3PerMYr   eastward flux component, m³ m⁻¹ yr⁻¹, row-major (NaN = no data)
     * @param qNorthM3PerMYr  northward flux component, m³ m⁻¹ yr⁻¹
     * @param assetValue      asset value per cell (&gt; 0 = asset; 0 or NaN = not an asset; e.g. 1 farmland, 3 settlement)
     * @param params          routing parameters
     */
    public static RoutingResult route(GridGeometry grid, double[] qEastM3PerMYr, double[] qNorthM3PerMYr,
                                      double[] assetValue, RoutingParameters params) {
        Objects.requireNonNull(params, "params");
        int w = grid.width(), h = grid.height(), n = w * h;
        if (qEastM3PerMYr.length != n || qNorthM3PerMYr.length != n || assetValue.length != n) {
            throw new IllegalArgumentException("flux and asset arrays must have " + n + " cells");
        }
        GeoTransform t = grid.transform();
        if (t.rowRotation() != 0 || t.colRotation() != 0) {
            throw new IllegalArgumentException("downwind routing needs an axis-aligned grid (no rotation terms)");
        }
        double[] value = new double[n];
        for (int i = 0; i < n; i++) value[i] = assetValue[i] > 0 ? assetValue[i] : 0;
        Graph g = buildGraph(w, h, Math.abs(t.pixelWidth()), Math.abs(t.pixelHeight()),
                t.pixelWidth() > 0 ? 1 : -1, t.pixelHeight() > 0 ? 1 : -1, qEastM3PerMYr, qNorthM3PerMYr, value, params);
        double[] reachAny = new double[n], reachValue = new double[n];
        propagateReachInPostOrder(g, value, reachAny, reachValue);
        return new RoutingResult(w, h, g.outflow, value, g.r0, g.r1, g.s0, g.s1, g.t0, g.t1, reachAny, reachValue);
    }

    /** The downwind graph: up to two receivers per cell with shares and transmission factors. */
    private static final class Graph {
        final double[] outflow;
        final int[] r0, r1;
        final double[] s0, s1, t0, t1;

        Graph(int n) {
            outflow = new double[n];
            r0 = new int[n];
            r1 = new int[n];
            s0 = new double[n];
            s1 = new double[n];
            t0 = new double[n];
            t1 = new double[n];
            java.util.Arrays.fill(r0, -1);
            java.util.Arrays.fill(r1, -1);
        }
    }

    private static Graph buildGraph(int w, int h, double dx, double dy, int colSignEast, int rowSignNorth,
                                    double[] qe, double[] qn, double[] value, RoutingParameters p) {
        Graph g = new Graph(w * h);
        double tauX = p.transmission(dx), tauY = p.transmission(dy);
        double[] tauD8 = new double[8];
        for (int k = 0; k < 8; k++) tauD8[k] = p.transmission(Math.hypot(D8_DC[k] * dx, D8_DR[k] * dy));
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int i = r * w + c;
                double e = qe[i], no = qn[i];
                if (value[i] > 0 || Double.isNaN(e) || Double.isNaN(no)) continue;
                double ex = Math.abs(e) * dy, ny = Math.abs(no) * dx;
                double out = ex + ny;
                if (!(out > 0)) continue;
                g.outflow[i] = out;
                int stepCol = e > 0 ? colSignEast : -colSignEast;     // grid column step of the east–west share
                int stepRow = no > 0 ? rowSignNorth : -rowSignNorth;  // grid row step of the north–south share
                if (p.scheme() == RoutingScheme.FACE_SPLIT) {
                    int slot = 0;
                    if (ex > 0) slot = addReceiver(g, i, slot, c + stepCol, r, w, h, ex / out, tauX);
                    if (ny > 0) addReceiver(g, i, slot, c, r + stepRow, w, h, ny / out, tauY);
                } else {
                    // flux direction in metres along +col and +row
                    double vx = e * colSignEast, vy = no * rowSignNorth;
                    int best = 0;
                    double bestCos = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < 8; k++) {
                        double ox = D8_DC[k] * dx, oy = D8_DR[k] * dy;
                        double cos = (vx * ox + vy * oy) / Math.hypot(ox, oy);
                        if (k == 0 || cos > bestCos + 1e-12 * Math.abs(bestCos)) { bestCos = cos; best = k; }
                    }
                    addReceiver(g, i, 0, c + D8_DC[best], r + D8_DR[best], w, h, 1.0, tauD8[best]);
                }
            }
        }
        return g;
    }

    /** Adds a receiver (or, outside the grid, records nothing: that sand leaves the area). */
    private static int addReceiver(Graph g, int i, int slot, int c, int r, int w, int h, double share, double tau) {
        if (c < 0 || r < 0 || c >= w || r >= h) return slot;
        int k = r * w + c;
        if (slot == 0) { g.r0[i] = k; g.s0[i] = share; g.t0[i] = tau; }
        else { g.r1[i] = k; g.s1[i] = share; g.t1[i] = tau; }
        return slot + 1;
    }

    /**
     * Iterative DFS; when a cell finishes all its (non-back-edge) receivers are finished, so its
     * reach can be computed. Back edges (to a cell still on the stack) are cut in the graph.
     */
    private static void propagateReachInPostOrder(Graph g, double[] value, double[] reachAny, double[] reachValue) {
        int n = value.length;
        byte[] state = new byte[n]; // 0 new, 1 on stack, 2 finished
        int[] stack = new int[n];
        byte[] nextEdge = new byte[n];
        for (int start = 0; start < n; start++) {
            if (state[start] != 0) continue;
            int top = 0;
            stack[top++] = start;
            state[start] = 1;
            while (top > 0) {
                int i = stack[top - 1];
                if (nextEdge[i] < 2) {
                    int e = nextEdge[i]++;
                    int k = e == 0 ? g.r0[i] : g.r1[i];
                    if (k < 0) continue;
                    if (state[k] == 0) {
                        state[k] = 1;
                        stack[top++] = k;
                    } else if (state[k] == 1) {
                        cut(g, i, e); // closes a cycle: the sand deposits at the convergence
                    }
                    continue;
                }
                top--;
                state[i] = 2;
                finish(g, i, value, reachAny, reachValue);
            }
        }
    }

    private static void cut(Graph g, int i, int e) {
        if (e == 0) { g.s0[i] = 0; g.t0[i] = 0; } else { g.s1[i] = 0; g.t1[i] = 0; }
    }

    private static void finish(Graph g, int i, double[] value, double[] reachAny, double[] reachValue) {
        if (value[i] > 0) return; // assets are sinks: reach stays 0, arrival weight is the value
        double any = 0, val = 0;
        if (g.r0[i] >= 0) {
            int k = g.r0[i];
            any += g.s0[i] * (value[k] > 0 ? 1 : reachAny[k]);
            val += g.s0[i] * g.t0[i] * (value[k] > 0 ? value[k] : reachValue[k]);
        }
        if (g.r1[i] >= 0) {
            int k = g.r1[i];
            any += g.s1[i] * (value[k] > 0 ? 1 : reachAny[k]);
            val += g.s1[i] * g.t1[i] * (value[k] > 0 ? value[k] : reachValue[k]);
        }
        reachAny[i] = any;
        reachValue[i] = val;
    }
}
