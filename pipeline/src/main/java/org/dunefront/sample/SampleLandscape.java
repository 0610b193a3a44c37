package org.dunefront.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.dunefront.grid.ProgressListener;
import org.dunefront.legend.Legend;

/**
 * Paints the synthetic basin: land cover (legend codes), DEM (m) and plantation mask, plus the
 * river and road centre lines, on a W × H grid. Layout in normalised coordinates (u east 0..1,
 * v south 0..1), after the Jinchang / Shiyang River area: a NW–SE mountain ridge on the
 * south-west side with an open-pit mine at its foot, the Badain Jaran sand sea entering from the
 * north-west, the Tengger desert edge in the east, gobi plains between, an oasis city with
 * farmland, monoculture shelterbelts and saline-alkali patches, a seasonal river flowing south-west
 * to north-east into a terminal lake with wetlands, roads and solar parks on the gobi.
 *
 * <p>Deterministic: every random number derives from the seed through {@link SplittableRandom}
 * (field seeds) and {@link ValueNoise} (position hashes); a cell's cover and height depend only on its
 * position and on distance fields computed beforehand on one thread, so rows are painted in parallel
 * and the result does not depend on the thread count. Memory: the three output arrays (6 bytes a
 * cell) plus one int distance field and one byte of flags a cell at a time (11 bytes a cell: 4.4 GB
 * at 20000 × 20000). Not thread-safe (build once, read the arrays).
 */
final class SampleLandscape {
    /** A centre line in normalised (u, v) coordinates with its attributes and painted width. */
    record Line(double[][] uv, Map<String, Object> attributes, double widthCells) { }

    static final double[] CITY = {0.55, 0.50};
    static final double[] LAKE = {0.84, 0.16};
    static final double[] MINE = {0.22, 0.60};
    /** Direction sand moves toward in the sample's wind regime (degrees from north), used to orient dunes. */
    static final double DUNE_TRANSPORT_DEG = 120;

    final int w;
    final int h;
    final byte[] cover;
    final float[] dem;
    final byte[] plantation;
    final List<Line> rivers = new ArrayList<>();
    final List<Line> roads = new ArrayList<>();

    private final Legend legend;
    private final double cellSizeM;
    private final double scaleCells;
    private final ValueNoise relief;
    private final ValueNoise edges;
    private final ValueNoise patches;
    private final ValueNoise meander;
    private final ValueNoise dunes;
    private ProgressListener progress = ProgressListener.NONE;

    private SampleLandscape(SampleBasinParameters p, Legend legend, byte[] cover, float[] dem, byte[] plantation) {
        this.w = p.widthCells();
        this.h = p.heightCells();
        this.cellSizeM = p.cellSizeM();
        this.legend = legend;
        this.scaleCells = Math.max(w, h);
        int n = Math.multiplyExact(w, h);
        if (cover.length != n || dem.length != n || plantation.length != n) {
            throw new IllegalArgumentException("output arrays must hold " + w + " x " + h + " cells");
        }
        this.cover = cover;
        this.dem = dem;
        this.plantation = plantation;
        SplittableRandom root = new SplittableRandom(p.seed());
        this.relief = new ValueNoise(root.nextLong());
        this.edges = new ValueNoise(root.nextLong());
        this.patches = new ValueNoise(root.nextLong());
        this.meander = new ValueNoise(root.nextLong());
        this.dunes = new ValueNoise(root.nextLong());
    }

    /** Builds the whole landscape into new arrays: lines first (they shape cover and terrain), then cover and the DEM. */
    static SampleLandscape build(SampleBasinParameters p, Legend legend) {
        int n = Math.multiplyExact(p.widthCells(), p.heightCells());
        return build(p, legend, new byte[n], new float[n], new byte[n]);
    }

    /**
     * Builds the whole landscape into the given row-major arrays of W × H cells (every cell is
     * overwritten): lines first (they shape cover and terrain), then cover and the DEM.
     */
    static SampleLandscape build(SampleBasinParameters p, Legend legend, byte[] cover, float[] dem, byte[] plantation) {
        return build(p, legend, cover, dem, plantation, ProgressListener.NONE);
    }

    /**
     * {@link #build(SampleBasinParameters, Legend, byte[], float[], byte[])} reporting progress (row by row while
     * painting, from worker threads); a {@code false} from {@code progress} stops it with
     * {@link org.dunefront.grid.CancelledException}.
     */
    static SampleLandscape build(SampleBasinParameters p, Legend legend, byte[] cover, float[] dem, byte[] plantation,
                                 ProgressListener progress) {
        SampleLandscape s = new SampleLandscape(p, legend, cover, dem, plantation);
        s.progress = progress;
        progress.reportOrCancel(0, "tracing rivers and roads");
        s.traceRivers();
        s.traceRoads();
        s.paintCoverAndTerrain();
        progress.reportOrCancel(1, "land cover and terrain painted");
        return s;
    }

    /** Reports one more painted row of a parallel pass covering [{@code from}, {@code to}] of the build. */
    private void rowDone(AtomicInteger rows, double from, double to, String what) {
        progress.reportOrCancel(from + (to - from) * rows.incrementAndGet() / h, what);
    }

    // ---------------------------------------------------------------- lines

    private void traceRivers() {
        double[][] main = meandering(new double[][] {{0.34, 1.0}, {0.42, 0.74}, CITY, {0.70, 0.32}, LAKE}, 0.010, 1.0);
        // split where the river runs through farmland and the city: that reach is channelized
        int first = -1, last = -1;
        for (int i = 0; i < main.length; i++) {
            if (dist(main[i], CITY) < 0.17) {
                if (first < 0) first = i;
                last = i;
            }
        }
        rivers.add(river("Shiyang He (synthetic), upper reach", slice(main, 0, first), false, 2.2));
        rivers.add(river("Shiyang He (synthetic), oasis reach", slice(main, first, last), true, 1.2));
        rivers.add(river("Shiyang He (synthetic), lower reach", slice(main, last, main.length - 1), false, 2.2));
        double[][] trib = meandering(new double[][] {{0.68, 1.0}, {0.64, 0.78}, {0.58, 0.60}, main[(first + last) / 2]},
                0.006, 2.0);
        rivers.add(river("Xi He (synthetic) tributary", trib, true, 1.0));
    }

    private Line river(String name, double[][] uv, boolean channelized, double width) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", name);
        a.put("channelized", channelized);
        a.put("seasonal", true);
        return new Line(uv, a, width);
    }

    private void traceRoads() {
        roads.add(road("G30 expressway (synthetic)", "expressway", new double[][] {{0.0, 0.36}, {0.30, 0.44}, CITY, {0.78, 0.62}, {1.0, 0.73}}, 2.0));
        roads.add(road("Mine road", "local", new double[][] {CITY, {0.40, 0.56}, {0.30, 0.585}, MINE}, 1.0));
        roads.add(road("Solar road north", "local", new double[][] {CITY, {0.53, 0.30}, {0.47, 0.11}}, 1.0));
        roads.add(road("Solar road south-east", "local", new double[][] {{0.78, 0.62}, {0.75, 0.74}}, 1.0));
    }

    private Line road(String name, String kind, double[][] uv, double width) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", name);
        a.put("kind", kind);
        return new Line(uv, a, width);
    }

    /** Catmull-Rom curve through the control points with a sinusoidal + fBm meander across it. */
    private double[][] meandering(double[][] ctrl, double amplitude, double phase) {
        List<double[]> pts = new ArrayList<>();
        int per = 40;
        double s = 0;
        double[] prev = null;
        for (int k = 0; k < ctrl.length - 1; k++) {
            double[] p0 = ctrl[Math.max(0, k - 1)], p1 = ctrl[k], p2 = ctrl[k + 1], p3 = ctrl[Math.min(ctrl.length - 1, k + 2)];
            for (int j = (k == 0 ? 0 : 1); j <= per; j++) {
                double t = j / (double) per;
                double[] q = catmullRom(p0, p1, p2, p3, t);
                double[] d = catmullRomTangent(p0, p1, p2, p3, t);
                if (prev != null) s += dist(prev, q);
                prev = q;
                double len = Math.hypot(d[0], d[1]);
                double taper = Math.min(1, Math.min(k + t, ctrl.length - 1 - k - t)); // no offset at the ends
                double off = taper * amplitude * (Math.sin(2 * Math.PI * s / 0.09 + phase) + 0.8 * meander.fbm(s * 40, phase, 1, 3, 0.5));
                pts.add(new double[] {q[0] - d[1] / len * off, q[1] + d[0] / len * off});
            }
        }
        return pts.toArray(double[][]::new);
    }

    private static double[] catmullRom(double[] p0, double[] p1, double[] p2, double[] p3, double t) {
        double t2 = t * t, t3 = t2 * t;
        double[] o = new double[2];
        for (int i = 0; i < 2; i++) {
            o[i] = 0.5 * (2 * p1[i] + (-p0[i] + p2[i]) * t + (2 * p0[i] - 5 * p1[i] + 4 * p2[i] - p3[i]) * t2
                    + (-p0[i] + 3 * p1[i] - 3 * p2[i] + p3[i]) * t3);
        }
        return o;
    }

    private static double[] catmullRomTangent(double[] p0, double[] p1, double[] p2, double[] p3, double t) {
        double t2 = t * t;
        double[] o = new double[2];
        for (int i = 0; i < 2; i++) {
            o[i] = 0.5 * ((-p0[i] + p2[i]) + 2 * (2 * p0[i] - 5 * p1[i] + 4 * p2[i] - p3[i]) * t
                    + 3 * (-p0[i] + 3 * p1[i] - 3 * p2[i] + p3[i]) * t2);
        }
        return o;
    }

    private static double[][] slice(double[][] a, int from, int to) {
        double[][] o = new double[to - from + 1][];
        for (int i = from; i <= to; i++) o[i - from] = a[i].clone();
        return o;
    }

    // ---------------------------------------------------------------- cover and terrain

    private void paintCoverAndTerrain() {
        byte[] flags = paintBase();
        progress.reportOrCancel(0.75, "distance to farmland and wetlands");
        final int sparse = legend.code("sparse_grassland"), grass = legend.code("grassland");
        final int saline = legend.code("saline_alkali"), wetland = legend.code("wetland"), water = legend.code("water");
        final int farm = legend.code("farmland"), industry = legend.code("industrial_mining"), road = legend.code("road");
        final int shrub = legend.code("shrubland"), belt = legend.code("shelterbelt"), gobi = legend.code("gobi");
        paintSaline(flags, saline, wetland, farm, gobi, sparse, shrub, grass);
        // river beds (except through the mine) are water, then roads on top: stamped again rather than
        // kept as masks (a cell's result depends only on whether a line covers it)
        for (Line l : rivers) stamp(l, i -> {
            if ((cover[i] & 0xFF) != industry) cover[i] = (byte) water;
        });
        for (Line l : roads) stamp(l, i -> cover[i] = (byte) road);
        for (int i = 0; i < cover.length; i++) {
            if ((cover[i] & 0xFF) != belt) plantation[i] = 0;
        }
    }

    /**
     * Cover, terrain and plantation from each cell's position and its distance to the rivers; returns
     * the flags with {@link #FARM} set on farmland. The river distance field (4 bytes a cell) lives
     * only in this method, so it is garbage before {@link #paintSaline} allocates its own.
     */
    private byte[] paintBase() {
        int[] riverUnits = Chamfer.field(w, h);
        for (Line l : rivers) stamp(l, i -> riverUnits[i] = 0);
        Chamfer.transform(riverUnits, w, h);

        final int bareRock = legend.code("bare_rock"), sparse = legend.code("sparse_grassland");
        final int grass = legend.code("grassland");
        final int wetland = legend.code("wetland"), water = legend.code("water"), farm = legend.code("farmland");
        final int town = legend.code("settlement"), industry = legend.code("industrial_mining");
        final int solar = legend.code("solar_park"), shrub = legend.code("shrubland");
        final int forest = legend.code("forest"), belt = legend.code("shelterbelt"), sand = legend.code("mobile_sand");
        final int gobi = legend.code("gobi");

        byte[] flags = new byte[w * h]; // FARM, NEAR_FARM, NEAR_WETLAND bits
        AtomicInteger rows = new AtomicInteger();
        double toRad = Math.toRadians(DUNE_TRANSPORT_DEG);
        double[] along = {Math.sin(toRad), -Math.cos(toRad)}; // (east, south) components of the transport direction
        IntStream.range(0, h).parallel().forEach(r -> {
            for (int c = 0; c < w; c++) {
                int i = r * w + c;
                float riverDistCells = Chamfer.cells(riverUnits[i]);
                double u = (c + 0.5) / w, v = (r + 0.5) / h;
                double dRiver = riverDistCells / scaleCells;
                // --- terrain: regional slope down to the NE, ridge, river valley cut through it
                double across = ((v - u) - 0.55) / Math.sqrt(2);          // > 0: south-west of the crest line
                double ridgeShape = Math.exp(-sq(across / 0.07)) + (across > 0 ? 0.35 * Math.min(1, across / 0.1) : 0);
                double gap = 1 - 0.85 * Math.exp(-sq(dRiver / 0.03));
                double ridge = 1050 * ridgeShape * (0.8 + 0.35 * relief.fbm(u, v, 0.12, 4, 0.5)) * gap;
                double base = 1440 + 220 * (v - u + 1) / 2 + 10 * relief.fbm(u + 3.1, v, 0.05, 3, 0.5);
                double z = base + ridge;
                // --- land cover, lowest priority first
                double nEdge = edges.fbm(u, v, 0.08, 4, 0.55);
                double nPatch = patches.fbm(u, v, 0.03, 3, 0.5);
                int lc = gobi;
                if (ridge > 40 && ridge <= 160 && nPatch > -0.25) lc = shrub;          // alluvial fans at the mountain foot
                double sandNW = 0.47 - (u + v) + 0.06 * nEdge;
                double sandE = (u - 0.86) + 0.04 * nEdge - 0.25 * Math.max(0, 0.30 - v);
                double sandiness = Math.max(sandNW, sandE);
                if (sandiness > -0.035 && sandiness <= 0) lc = nPatch > 0.15 ? shrub : sparse; // desert fringe
                if (sandiness > 0) lc = sand;
                if (ridge > 160) lc = bareRock;
                if (ridge > 480 && across < 0 && nPatch > 0.05) lc = forest;           // patches on the shaded NE flank
                if (dRiver < 0.06 && ridge < 160 && sandiness <= 0) lc = dRiver < 0.03 ? grass : sparse;
                double dCity = dist(u, v, CITY);
                double farmRadius = 0.19 + 0.04 * nEdge;
                boolean farmland = (dCity < farmRadius || (dRiver < 0.035 && dCity < 0.30)) && ridge < 60 && sandiness < -0.01;
                if (farmland) {
                    lc = farm;
                    flags[i] |= FARM;
                    // monoculture windbreak rows across the NW wind, every ~0.05 of the basin
                    double rowCoord = (u * along[0] + v * along[1]) * scaleCells;
                    if (Math.floorMod((int) Math.floor(rowCoord), Math.max(8, (int) (0.05 * scaleCells))) == 0) lc = belt;
                }
                double dLake = dist(u, v, LAKE);
                if (dLake < 0.075 + 0.015 * nEdge) lc = dLake < 0.062 + 0.01 * nEdge ? wetland : grass;
                if (dLake < 0.030 + 0.008 * nEdge) lc = water;
                double cityRadius = 0.065 + 0.012 * nEdge;
                if (dCity < cityRadius + 0.013 && dCity >= cityRadius) lc = belt;        // urban-peripheral shelterbelt ring
                if (dCity < cityRadius) lc = town;
                double dMine = dist(u, v, MINE);
                if (dMine < 0.035) {
                    lc = industry;
                    z -= 70 * (1 - sq(dMine / 0.035));
                }
                if (u > 0.40 && u < 0.44 && v > 0.545 && v < 0.575) lc = industry;      // processing plant west of the city
                if (inBox(u, v, 0.42, 0.07, 0.52, 0.15) || inBox(u, v, 0.70, 0.74, 0.80, 0.82)) lc = solar;
                // --- terrain details
                if (sandiness > 0) {
                    double phaseM = (u * along[0] + v * along[1]) * scaleCells * cellSizeM;
                    double crest = 0.5 + 0.5 * Math.sin(2 * Math.PI * phaseM / 450 + 4 * dunes.fbm(u, v, 0.05, 2, 0.5));
                    z += Math.min(1, sandiness / 0.05) * (8 + 14 * crest * crest);
                }
                z -= 4 * Math.exp(-sq(riverDistCells / 1.5));
                cover[i] = (byte) lc;
                dem[i] = (float) z;
                if (lc == belt) plantation[i] = 1;
            }
            rowDone(rows, 0.05, 0.75, "painting land cover and terrain");
        });
        return flags;
    }

    private static final byte FARM = 1;
    private static final byte NEAR_FARM = 2;
    private static final byte NEAR_WETLAND = 4;

    /** Saline-alkali patches on the outer fringe of farmland and around the lake wetlands (low, wet ground). */
    private void paintSaline(byte[] flags, int saline, int wetland, int farm, int... replaceable) {
        double band = Math.max(3, 0.03 * scaleCells);
        // one distance field at a time, kept only as a flag bit: within the band, outside the mask
        int[] units = Chamfer.field(w, h);
        for (int i = 0; i < units.length; i++) if ((flags[i] & FARM) != 0) units[i] = 0;
        Chamfer.transform(units, w, h);
        for (int i = 0; i < units.length; i++) {
            float d = Chamfer.cells(units[i]);
            if (d > 0 && d <= band) flags[i] |= NEAR_FARM;
        }
        java.util.Arrays.fill(units, Chamfer.FAR);
        for (int i = 0; i < units.length; i++) if ((cover[i] & 0xFF) == wetland) units[i] = 0;
        Chamfer.transform(units, w, h);
        for (int i = 0; i < units.length; i++) {
            float d = Chamfer.cells(units[i]);
            if (d > 0 && d <= band * 0.8) flags[i] |= NEAR_WETLAND;
        }
        units = null;
        progress.reportOrCancel(0.85, "painting saline-alkali land");
        AtomicInteger salineRows = new AtomicInteger();
        IntStream.range(0, h).parallel().forEach(r -> {
            for (int c = 0; c < w; c++) {
                int i = r * w + c;
                int lc = cover[i] & 0xFF;
                boolean canChange = false;
                for (int k : replaceable) canChange |= lc == k;
                double n = patches.fbm((c + 0.5) / w + 7.7, (r + 0.5) / h, 0.025, 3, 0.5);
                boolean nearFarm = (flags[i] & NEAR_FARM) != 0 && n > 0.1;
                boolean nearWet = (flags[i] & NEAR_WETLAND) != 0 && n > -0.1;
                if (canChange && (nearFarm || nearWet)) cover[i] = (byte) saline;
                // salinised farmland at the low outer edge of the oasis
                if (lc == farm && (flags[i] & FARM) != 0 && n > 0.45) cover[i] = (byte) saline;
            }
            rowDone(salineRows, 0.85, 0.95, "painting saline-alkali land");
        });
    }

    /** Marks the cells under a line, stepping a quarter cell along each segment, with a disc of the line's width. */
    private void stamp(Line l, IntConsumer mark) {
        double radius = Math.max(0.5, l.widthCells() / 2);
        for (int k = 0; k < l.uv().length - 1; k++) {
            double x0 = l.uv()[k][0] * w, y0 = l.uv()[k][1] * h, x1 = l.uv()[k + 1][0] * w, y1 = l.uv()[k + 1][1] * h;
            int n = (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 0.25) + 1;
            for (int j = 0; j <= n; j++) {
                double x = x0 + (x1 - x0) * j / n, y = y0 + (y1 - y0) * j / n;
                int rr = (int) Math.ceil(radius);
                for (int dy = -rr; dy <= rr; dy++) {
                    for (int dx = -rr; dx <= rr; dx++) {
                        int c = (int) Math.floor(x) + dx, r = (int) Math.floor(y) + dy;
                        if (c < 0 || r < 0 || c >= w || r >= h) continue;
                        if (Math.hypot(c + 0.5 - x, r + 0.5 - y) <= radius) mark.accept(r * w + c);
                    }
                }
            }
        }
    }

    private static boolean inBox(double u, double v, double u0, double v0, double u1, double v1) {
        return u >= u0 && u < u1 && v >= v0 && v < v1;
    }

    private static double sq(double x) {
        return x * x;
    }

    private static double dist(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    private static double dist(double u, double v, double[] p) {
        return Math.hypot(u - p[0], v - p[1]);
    }
}
