package org.dunefront.ranking;

import java.util.Objects;
import java.util.function.IntToDoubleFunction;
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
 * <p>Memory: the graph is not stored. Receivers, shares and transmission factors are recomputed
 * from the flux (float32 layers are read as they are) whenever they are needed, so the result holds
 * one flag byte (DFS state and cut edges) and the two reach values (doubles) per cell: 17 bytes per
 * cell instead of the 80 of an explicit graph, or 1 byte when the reach goes to a caller's
 * {@link ReachStore}. A D8 routing adds one direction byte per cell.
 *
 * <p>Grids must be axis-aligned (no rotation terms); cell sizes are taken as metres.
 */
public final class DownwindRouting {
    /** Neighbour offsets for D8 in a fixed tie-breaking order: E, SE, S, SW, W, NW, N, NE (grid rows grow downwards). */
    static final int[] D8_DC = {1, 1, 0, -1, -1, -1, 0, 1};
    static final int[] D8_DR = {0, 1, 1, 1, 0, -1, -1, -1};

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
        int n = grid.width() * grid.height();
        if (qEastM3PerMYr.length != n || qNorthM3PerMYr.length != n || assetValue.length != n) {
            throw new IllegalArgumentException("flux and asset arrays must have " + n + " cells");
        }
        return route(grid, RoutingResult.Flux.of(qEastM3PerMYr, qNorthM3PerMYr), i -> assetValue[i], params,
                ReachStore.inMemory(n));
    }

    /**
     * The same routing from float32 flux layers (as the transport model writes them) and an asset value
     * function (e.g. a per-class table lookup): no per-cell copies of the inputs.
     *
     * @param assetValue asset value of cell i (&gt; 0 = asset; 0 or NaN = not an asset)
     */
    public static RoutingResult route(GridGeometry grid, float[] qEastM3PerMYr, float[] qNorthM3PerMYr,
                                      IntToDoubleFunction assetValue, RoutingParameters params) {
        int n = grid.width() * grid.height();
        if (qEastM3PerMYr.length != n || qNorthM3PerMYr.length != n) {
            throw new IllegalArgumentException("flux arrays must have " + n + " cells");
        }
        return route(grid, RoutingResult.Flux.of(qEastM3PerMYr, qNorthM3PerMYr), assetValue, params,
                ReachStore.inMemory(n));
    }

    /**
     * The same routing with the reach values kept in {@code reach} (e.g. a scratch file) instead of
     * two whole-grid {@code double[]}: the heap per cell is then the flag byte only (plus the D8
     * direction byte with {@link RoutingScheme#D8}), next to the caller's flux layers. Every reach value
     * is bit-for-bit the one of the in-memory routing. {@code reach} must read 0 for cells never set.
     */
    public static RoutingResult route(GridGeometry grid, float[] qEastM3PerMYr, float[] qNorthM3PerMYr,
                                      IntToDoubleFunction assetValue, RoutingParameters params, ReachStore reach) {
        int n = grid.width() * grid.height();
        if (qEastM3PerMYr.length != n || qNorthM3PerMYr.length != n) {
            throw new IllegalArgumentException("flux arrays must have " + n + " cells");
        }
        return route(grid, RoutingResult.Flux.of(qEastM3PerMYr, qNorthM3PerMYr), assetValue, params,
                Objects.requireNonNull(reach, "reach"));
    }

    /**
     * The same routing reading the flux through {@code flux} (e.g. a tile-cached scratch file) instead of
     * whole-grid arrays, with the reach in {@code reach}: the heap per cell is the flag byte only (plus
     * the D8 direction byte). Bit-for-bit the routing of the same float32 values held in arrays.
     */
    public static RoutingResult route(GridGeometry grid, FluxField flux, IntToDoubleFunction assetValue,
                                      RoutingParameters params, ReachStore reach) {
        Objects.requireNonNull(flux, "flux");
        return route(grid, new RoutingResult.Flux() {
            @Override double east(int i) { return flux.east(i); }
            @Override double north(int i) { return flux.north(i); }
        }, assetValue, params, Objects.requireNonNull(reach, "reach"));
    }

    private static RoutingResult route(GridGeometry grid, RoutingResult.Flux flux, IntToDoubleFunction assetValue,
                                       RoutingParameters params, ReachStore reach) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(assetValue, "assetValue");
        int w = grid.width(), h = grid.height(), n = w * h;
        GeoTransform t = grid.transform();
        if (t.rowRotation() != 0 || t.colRotation() != 0) {
            throw new IllegalArgumentException("downwind routing needs an axis-aligned grid (no rotation terms)");
        }
        IntToDoubleFunction value = i -> {
            double v = assetValue.applyAsDouble(i);
            return v > 0 ? v : 0;
        };
        double dx = Math.abs(t.pixelWidth()), dy = Math.abs(t.pixelHeight());
        RoutingResult r = new RoutingResult(w, h, dx, dy, t.pixelWidth() > 0 ? 1 : -1, t.pixelHeight() > 0 ? 1 : -1,
                flux, value, params, new byte[n], reach);
        if (params.scheme() == RoutingScheme.D8) r.setD8Directions(d8Directions(r, flux, value, w, h, dx, dy));
        propagateReachInPostOrder(r, n);
        return r;
    }

    /** D8 receiver direction per cell (index into {@link #D8_DC}), -1 without outflow. */
    private static byte[] d8Directions(RoutingResult g, RoutingResult.Flux flux, IntToDoubleFunction value,
                                       int w, int h, double dx, double dy) {
        byte[] dir = new byte[w * h];
        for (int i = 0; i < dir.length; i++) {
            dir[i] = -1;
            double e = flux.east(i), no = flux.north(i);
            if (value.applyAsDouble(i) > 0 || Double.isNaN(e) || Double.isNaN(no)) continue;
            if (!(Math.abs(e) * dy + Math.abs(no) * dx > 0)) continue;
            // flux direction in metres along +col and +row
            double vx = e * g.colSignEast(), vy = no * g.rowSignNorth();
            int best = 0;
            double bestCos = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 8; k++) {
                double ox = D8_DC[k] * dx, oy = D8_DR[k] * dy;
                double cos = (vx * ox + vy * oy) / Math.hypot(ox, oy);
                if (k == 0 || cos > bestCos + 1e-12 * Math.abs(bestCos)) { bestCos = cos; best = k; }
            }
            dir[i] = (byte) best;
        }
        return dir;
    }

    /**
     * Iterative DFS; when a cell finishes all its (non-back-edge) receivers are finished, so its
     * reach can be computed. Back edges (to a cell still on the stack) are cut in the graph.
     * Per-cell state lives in {@link RoutingResult}'s flag byte; the stack grows as needed. The flux of a
     * cell is read once, when it is pushed, and kept on the stack beside it (20 bytes per stacked cell):
     * its edges are needed up to three times (each receiver, then its reach), and the flux may live behind
     * a tile cache.
     */
    private static void propagateReachInPostOrder(RoutingResult g, int n) {
        int[] stack = new int[1024];
        double[] east = new double[1024], north = new double[1024];
        RoutingResult.Edges edges = new RoutingResult.Edges();
        for (int start = 0; start < n; start++) {
            if (g.state(start) != RoutingResult.NEW) continue;
            int top = 0;
            stack[top] = start;
            east[top] = g.fluxEast(start);
            north[top] = g.fluxNorth(start);
            top++;
            g.setState(start, RoutingResult.ON_STACK);
            while (top > 0) {
                int i = stack[top - 1];
                int e = g.nextEdge(i);
                g.edgesOf(i, east[top - 1], north[top - 1], edges);
                if (e < 2) {
                    g.setNextEdge(i, e + 1);
                    if (e >= edges.count) continue;
                    int k = edges.receiver[e];
                    int sk = g.state(k);
                    if (sk == RoutingResult.NEW) {
                        g.setState(k, RoutingResult.ON_STACK);
                        if (top == stack.length) {
                            stack = java.util.Arrays.copyOf(stack, 2 * top);
                            east = java.util.Arrays.copyOf(east, 2 * top);
                            north = java.util.Arrays.copyOf(north, 2 * top);
                        }
                        stack[top] = k;
                        east[top] = g.fluxEast(k);
                        north[top] = g.fluxNorth(k);
                        top++;
                    } else if (sk == RoutingResult.ON_STACK) {
                        g.cut(i, e); // closes a cycle: the sand deposits at the convergence
                    }
                    continue;
                }
                top--;
                g.setState(i, RoutingResult.FINISHED);
                g.finishWith(i, edges);
            }
        }
    }
}
