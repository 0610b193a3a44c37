package org.dunefront.ranking;

import java.util.function.IntToDoubleFunction;

/**
 * Per-cell result of {@link DownwindRouting}: the downwind graph (1–2 receivers per cell, with the
 * share of the cell's outflow each receives, cycle-closing edges cut) and, per cell, the sand leaving
 * it and the fraction of that sand which would reach assets.
 *
 * <p>The graph is implicit: receivers, shares and transmission factors are recomputed from the flux
 * layers (held by reference, not copied) with the same double arithmetic as an explicit graph, and only
 * a flag byte per cell records the cut edges. Immutable once routed; callers must not modify the flux
 * arrays while the result is in use.
 */
public final class RoutingResult {
    static final int NEW = 0, ON_STACK = 1, FINISHED = 2;
    private static final int STATE_MASK = 3, EDGE_SHIFT = 2, EDGE_MASK = 3 << EDGE_SHIFT, CUT0 = 16, CUT1 = 32;

    private final int width;
    private final int height;
    private final double dx;
    private final double dy;
    private final int colSignEast;
    private final int rowSignNorth;
    private final Flux flux;
    private final IntToDoubleFunction assetValue;
    private final RoutingScheme scheme;
    private final double tauX;
    private final double tauY;
    private final double[] tauD8 = new double[8];
    private final byte[] flags;
    private byte[] d8Direction;
    private final ReachStore reach;

    RoutingResult(int width, int height, double dx, double dy, int colSignEast, int rowSignNorth, Flux flux,
                  IntToDoubleFunction assetValue, RoutingParameters p, byte[] flags, ReachStore reach) {
        this.width = width;
        this.height = height;
        this.dx = dx;
        this.dy = dy;
        this.colSignEast = colSignEast;
        this.rowSignNorth = rowSignNorth;
        this.flux = flux;
        this.assetValue = assetValue;
        this.scheme = p.scheme();
        this.tauX = p.transmission(dx);
        this.tauY = p.transmission(dy);
        for (int k = 0; k < 8; k++) {
            tauD8[k] = p.transmission(Math.hypot(DownwindRouting.D8_DC[k] * dx, DownwindRouting.D8_DR[k] * dy));
        }
        this.flags = flags;
        this.reach = reach;
    }

    /** A copy that shares the graph of {@code r}, with another flux view and reach store. */
    private RoutingResult(RoutingResult r, Flux flux, ReachStore reach) {
        this.width = r.width;
        this.height = r.height;
        this.dx = r.dx;
        this.dy = r.dy;
        this.colSignEast = r.colSignEast;
        this.rowSignNorth = r.rowSignNorth;
        this.flux = flux;
        this.assetValue = r.assetValue;
        this.scheme = r.scheme;
        this.tauX = r.tauX;
        this.tauY = r.tauY;
        System.arraycopy(r.tauD8, 0, this.tauD8, 0, 8);
        this.flags = r.flags;
        this.d8Direction = r.d8Direction;
        this.reach = reach;
    }

    /**
     * The same routing with the reach values of the cells {@code keep} accepts only (16 bytes per kept
     * cell plus 3 bits per grid cell, instead of 16 bytes per grid cell): the graph, outflows and asset
     * tests are unchanged, and the reach of a kept cell is bit-for-bit the same; asking for the reach of
     * another cell throws {@link IllegalArgumentException}. Meant to let the whole-grid reach arrays go
     * once the cells that will still be read are known ({@link PatchInterception#retainArrivals}).
     *
     * @param keep true for the cells whose reach is kept (called once per cell, in index order)
     */
    public RoutingResult retainingReachAt(java.util.function.IntPredicate keep) {
        int n = width * height;
        KeptCells k = KeptCells.of(n, keep);
        double[] any = new double[k.count()], val = new double[k.count()];
        for (int i = 0, j = 0; i < n; i++) {
            if (!k.contains(i)) continue;
            any[j] = reachAnyAt(i);
            val[j] = reachValueAt(i);
            j++;
        }
        return new RoutingResult(this, flux, new ReachStore() {
            @Override public double any(int i) { return any[k.indexOf(i)]; }
            @Override public double value(int i) { return val[k.indexOf(i)]; }
            @Override public void set(int i, double a, double v) { throw new UnsupportedOperationException("read only"); }
        });
    }

    /**
     * The same routing reading the flux one strip of rows at a time from {@code rows} instead of from
     * the whole-grid layers it was routed with (which the caller may then release): for single-threaded
     * passes in row-major order such as {@link PatchInterception#compute}. The result is not thread-safe.
     *
     * @param stripRows rows per strip read (≥ 1)
     */
    public RoutingResult withFluxInStrips(FluxRows rows, int stripRows) {
        if (stripRows < 1) throw new IllegalArgumentException("stripRows must be ≥ 1");
        return new RoutingResult(this, new StripFlux(rows, width, height, stripRows), reach);
    }

    /** Reads rows of the flux layers (m³ m⁻¹ yr⁻¹, as routed: NaN = no data). */
    @FunctionalInterface
    public interface FluxRows {
        /** Fills {@code east} and {@code north} with rows {@code row0 .. row0 + rows - 1}, row-major. */
        void read(int row0, int rows, float[] east, float[] north);
    }

    private double reachAnyAt(int i) { return reach.any(i); }

    private double reachValueAt(int i) { return reach.value(i); }

    /** A set of cell indices as a bitmap with per-word ranks: membership and index in O(1). */
    private static final class KeptCells {
        private final long[] words;
        private final int[] before; // kept cells in the words before this one

        private KeptCells(long[] words, int[] before) {
            this.words = words;
            this.before = before;
        }

        static KeptCells of(int n, java.util.function.IntPredicate keep) {
            long[] words = new long[(n + 63) >>> 6];
            for (int i = 0; i < n; i++) if (keep.test(i)) words[i >>> 6] |= 1L << (i & 63);
            int[] before = new int[words.length + 1];
            for (int w = 0; w < words.length; w++) before[w + 1] = before[w] + Long.bitCount(words[w]);
            return new KeptCells(words, before);
        }

        int count() { return before[words.length]; }

        boolean contains(int i) { return (words[i >>> 6] & (1L << (i & 63))) != 0; }

        int indexOf(int i) {
            if (!contains(i)) throw new IllegalArgumentException("the reach of cell " + i + " was not retained");
            return before[i >>> 6] + Long.bitCount(words[i >>> 6] & ((1L << (i & 63)) - 1));
        }
    }

    public int width() { return width; }
    public int height() { return height; }

    /** Sand leaving cell i per year, O = (|qE|·Δy + |qN|·Δx)·1 yr, in m³/yr (0 on asset cells). */
    public double outflowM3PerYr(int i) {
        double e = flux.east(i), no = flux.north(i);
        if (assetValue.applyAsDouble(i) > 0 || Double.isNaN(e) || Double.isNaN(no)) return 0;
        double out = Math.abs(e) * dy + Math.abs(no) * dx;
        return out > 0 ? out : 0;
    }

    /** True when cell i is an asset (value &gt; 0): a sink that receives sand and passes none on. */
    public boolean isAsset(int i) { return assetValue.applyAsDouble(i) > 0; }

    /** Fraction (0..1) of the sand leaving non-asset cell i that would reach any asset, no discount; 0 on assets. */
    public double reachFraction(int i) { return reachAnyAt(i); }

    /** Asset-value- and travel-weighted reach of the sand leaving non-asset cell i; 0 on assets. */
    public double weightedReach(int i) { return reachValueAt(i); }

    /** Sand (m³/yr) passing through cell i that would otherwise reach assets: O·reachFraction. */
    public double interceptedM3PerYr(int i) { return outflowM3PerYr(i) * reachAnyAt(i); }

    /** The protective value of a one-cell patch at i: O·weightedReach (value-weighted m³/yr). */
    public double protectiveValue(int i) { return outflowM3PerYr(i) * reachValueAt(i); }

    /** Per-cell {@link #reachFraction} as an array (row-major; a copy). */
    public double[] reachFractions() {
        double[] a = new double[width * height];
        for (int i = 0; i < a.length; i++) a[i] = reachAnyAt(i);
        return a;
    }

    /** Per-cell {@link #interceptedM3PerYr} as an array (row-major). */
    public double[] interceptedM3PerYr() {
        double[] a = new double[width * height];
        for (int i = 0; i < a.length; i++) a[i] = interceptedM3PerYr(i);
        return a;
    }

    /** Per-cell {@link #protectiveValue} as an array (row-major). */
    public double[] protectiveValue() {
        double[] a = new double[width * height];
        for (int i = 0; i < a.length; i++) a[i] = protectiveValue(i);
        return a;
    }

    /** Total sand (m³/yr) arriving on asset cells from non-asset neighbours in the routed (no-action) field. */
    public double sandReachingAssetsM3PerYr() {
        double s = 0;
        Edges e = new Edges();
        for (int i = 0; i < width * height; i++) {
            edgesOf(i, e);
            for (int k = 0; k < e.count; k++) {
                if (isAsset(e.receiver[k])) s += e.share[k] * e.outflow;
            }
        }
        return s;
    }

    /** The outgoing edges of one cell (reusable scratch, one per thread). */
    static final class Edges {
        int count;
        double outflow;
        final int[] receiver = new int[2];
        final double[] share = new double[2];
        final double[] transmission = new double[2];
    }

    /**
     * Fills {@code e} with the edges of cell i, in the order of an explicit graph: the east–west
     * receiver first (when inside the grid), then the north–south one; cut edges have share and
     * transmission 0.
     */
    void edgesOf(int i, Edges e) {
        edgesOf(i, flux.east(i), flux.north(i), e);
    }

    /** {@link #edgesOf(int, Edges)} with cell i's flux components already read ({@link #fluxEast}, {@link #fluxNorth}). */
    void edgesOf(int i, double east, double north, Edges e) {
        e.count = 0;
        e.outflow = 0;
        if (assetValue.applyAsDouble(i) > 0 || Double.isNaN(east) || Double.isNaN(north)) return;
        double ex = Math.abs(east) * dy, ny = Math.abs(north) * dx;
        double out = ex + ny;
        if (!(out > 0)) return;
        e.outflow = out;
        int c = i % width, r = i / width;
        if (scheme == RoutingScheme.FACE_SPLIT) {
            int stepCol = east > 0 ? colSignEast : -colSignEast;    // grid column step of the east–west share
            int stepRow = north > 0 ? rowSignNorth : -rowSignNorth; // grid row step of the north–south share
            if (ex > 0) add(e, c + stepCol, r, ex / out, tauX);
            if (ny > 0) add(e, c, r + stepRow, ny / out, tauY);
        } else {
            int d = d8Direction[i];
            if (d >= 0) add(e, c + DownwindRouting.D8_DC[d], r + DownwindRouting.D8_DR[d], 1.0, tauD8[d]);
        }
        int f = flags[i];
        if ((f & CUT0) != 0) { e.share[0] = 0; e.transmission[0] = 0; }
        if ((f & CUT1) != 0) { e.share[1] = 0; e.transmission[1] = 0; }
    }

    /** Adds a receiver (or, outside the grid, nothing: that sand leaves the area). */
    private void add(Edges e, int c, int r, double share, double tau) {
        if (c < 0 || r < 0 || c >= width || r >= height) return;
        e.receiver[e.count] = r * width + c;
        e.share[e.count] = share;
        e.transmission[e.count] = tau;
        e.count++;
    }

    int receiver(int i, int k) {
        Edges e = new Edges();
        edgesOf(i, e);
        return k < e.count ? e.receiver[k] : -1;
    }

    double share(int i, int k) {
        Edges e = new Edges();
        edgesOf(i, e);
        return k < e.count ? e.share[k] : 0;
    }

    double transmission(int i, int k) {
        Edges e = new Edges();
        edgesOf(i, e);
        return k < e.count ? e.transmission[k] : 0;
    }

    /** Undiscounted reach of sand arriving at cell k: 1 on an asset, else its reach fraction. */
    double arrivalAny(int k) { return isAsset(k) ? 1 : reachAnyAt(k); }

    /** Weighted reach of sand arriving at cell k: the asset value on an asset, else its weighted reach. */
    double arrivalValue(int k) {
        double v = assetValue.applyAsDouble(k);
        return v > 0 ? v : reachValueAt(k);
    }

    // --- DFS bookkeeping of DownwindRouting (package-private, single-threaded) ---

    int colSignEast() { return colSignEast; }
    int rowSignNorth() { return rowSignNorth; }

    void setD8Directions(byte[] dir) { d8Direction = dir; }

    int state(int i) { return flags[i] & STATE_MASK; }

    void setState(int i, int s) { flags[i] = (byte) ((flags[i] & ~STATE_MASK) | s); }

    int nextEdge(int i) { return (flags[i] & EDGE_MASK) >> EDGE_SHIFT; }

    void setNextEdge(int i, int e) { flags[i] = (byte) ((flags[i] & ~EDGE_MASK) | (e << EDGE_SHIFT)); }

    void cut(int i, int edge) { flags[i] |= (byte) (edge == 0 ? CUT0 : CUT1); }

    /** East flux component of cell i as the routing reads it (m³ m⁻¹ yr⁻¹). */
    double fluxEast(int i) { return flux.east(i); }

    /** North flux component of cell i. */
    double fluxNorth(int i) { return flux.north(i); }

    /** Reach of cell i from its (finished or cut) receivers. */
    void finish(int i, Edges e) {
        edgesOf(i, e);
        finishWith(i, e);
    }

    /** {@link #finish} with {@code e} already holding the current edges of cell i (cuts applied). */
    void finishWith(int i, Edges e) {
        if (isAsset(i)) return; // assets are sinks: reach stays 0, arrival weight is the value
        double any = 0, val = 0;
        for (int k = 0; k < e.count; k++) {
            int j = e.receiver[k];
            double vj = assetValue.applyAsDouble(j);
            any += e.share[k] * (vj > 0 ? 1 : reach.any(j));
            val += e.share[k] * e.transmission[k] * (vj > 0 ? vj : reach.value(j));
        }
        reach.set(i, any, val);
    }

    /** The flux field, over float32 or double arrays. */
    abstract static class Flux {
        abstract double east(int i);

        abstract double north(int i);

        static Flux of(float[] east, float[] north) {
            return new Flux() {
                @Override double east(int i) { return east[i]; }
                @Override double north(int i) { return north[i]; }
            };
        }

        static Flux of(double[] east, double[] north) {
            return new Flux() {
                @Override double east(int i) { return east[i]; }
                @Override double north(int i) { return north[i]; }
            };
        }
    }

    /** A flux window of {@code stripRows} rows, moved (re-read) when a cell outside it is asked for. */
    private static final class StripFlux extends Flux {
        private final FluxRows rows;
        private final int width;
        private final int height;
        private final int stripRows;
        private final float[] east;
        private final float[] north;
        private int first = 0;   // first cell of the window
        private int end = 0;     // one past its last cell

        StripFlux(FluxRows rows, int width, int height, int stripRows) {
            this.rows = rows;
            this.width = width;
            this.height = height;
            this.stripRows = Math.min(stripRows, height);
            this.east = new float[this.stripRows * width];
            this.north = new float[this.stripRows * width];
        }

        private int at(int i) {
            if (i < first || i >= end) {
                int r0 = Math.min(i / width, height - stripRows);
                rows.read(r0, stripRows, east, north);
                first = r0 * width;
                end = first + stripRows * width;
            }
            return i - first;
        }

        @Override double east(int i) { return east[at(i)]; }
        @Override double north(int i) { return north[at(i)]; }
    }
}
