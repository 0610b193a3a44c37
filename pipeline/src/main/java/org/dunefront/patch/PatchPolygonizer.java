package org.dunefront.patch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns labelled patches into JTS polygons by tracing cell edges (as {@code gdal_polygonize} does),
 * never by unioning cell squares. Coordinates are the cell corners mapped through the grid's
 * {@link GeoTransform} (CRS units); only corner vertices are kept.
 *
 * <p><b>Validity.</b> Every result passes JTS {@code IsValidOp} with default settings:
 * <ul>
 *   <li>Rings are traced around 4-connected pieces (see {@link RingTracer}); where a ring would
 *       touch itself at a diagonal pinch it is split at that vertex, giving a shell plus a hole that
 *       touches it at one point, or two holes touching at one point — both valid in OGC/JTS.</li>
 *   <li>With {@link Connectivity#FOUR} every patch is one 4-connected piece, hence one {@link Polygon}.</li>
 *   <li>With {@link Connectivity#EIGHT} a patch joined only through diagonal pinches is split into its
 *       4-connected pieces, returned as a {@code MultiPolygon} whose parts touch at the pinch points
 *       (a valid MultiPolygon: parts may touch at finitely many points). Area is unchanged.</li>
 * </ul>
 *
 * <p><b>Determinism.</b> Exterior rings are counter-clockwise and holes clockwise in CRS coordinates
 * (OGC Simple Features 1.2.1 §6.1.11.1, as GeoPackage and GeoJSON readers expect); every ring starts
 * at its vertex with the lowest grid row, then lowest column; holes are ordered by that start vertex;
 * MultiPolygon parts by their first cell in row-major order. The same labels give the same
 * coordinates in the same order, so output files are byte-identical.
 */
public final class PatchPolygonizer {
    private PatchPolygonizer() {}

    /**
     * Polygons of every patch.
     *
     * @param labels  labelled patches (any connectivity)
     * @param grid    grid geometry of the labelled array (same width and height)
     * @param factory JTS geometry factory (its precision model and SRID are applied)
     * @return element {@code k} is the geometry of patch {@code k + 1}: a {@link Polygon} or, for
     *         8-connected patches with diagonal pinches, a {@code MultiPolygon}
     */
    public static List<Geometry> polygonize(PatchLabels labels, GridGeometry grid, GeometryFactory factory) {
        Objects.requireNonNull(factory, "factory");
        if (grid.width() != labels.width() || grid.height() != labels.height()) {
            throw new IllegalArgumentException("grid " + grid.width() + "x" + grid.height()
                    + " does not match labels " + labels.width() + "x" + labels.height());
        }
        return polygonizeWindow(labels, grid, 0, 0, factory);
    }

    /**
     * Polygons of patches labelled in a window of the grid (e.g. one patch's bounding box), with
     * coordinates of the whole grid: vertex (vc, vr) of the window is mapped as grid vertex
     * (vc + colOffset, vr + rowOffset), so the result is identical, coordinate for coordinate, to
     * polygonizing the same patch in the whole grid. Memory is proportional to the window.
     *
     * @param labels    labels of the window (its width and height)
     * @param colOffset grid column of the window's first column
     * @param rowOffset grid row of the window's first row
     */
    public static List<Geometry> polygonizeWindow(PatchLabels labels, GridGeometry grid, int colOffset, int rowOffset,
                                                  GeometryFactory factory) {
        Objects.requireNonNull(factory, "factory");
        if (colOffset < 0 || rowOffset < 0 || colOffset + labels.width() > grid.width()
                || rowOffset + labels.height() > grid.height()) {
            throw new IllegalArgumentException("window " + labels.width() + "x" + labels.height() + " at (" + colOffset
                    + ", " + rowOffset + ") lies outside the grid " + grid.width() + "x" + grid.height());
        }
        if ((long) (labels.width() + 1) * (labels.height() + 1) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("window too large to polygonize in one piece: " + labels.width() + "x"
                    + labels.height() + "; polygonize windows of at most ~46 000 x 46 000 cells");
        }
        PatchLabels pieces = labels.connectivity() == Connectivity.FOUR ? labels
                : ComponentLabeller.label(labels.labelsView(), labels.width(), labels.height(), Connectivity.FOUR);
        List<RingTracer.Ring> rings = new RingTracer(labels.width(), labels.height(), pieces.labelsView()).traceAll();
        Polygon[] polygons = buildPiecePolygons(pieces, rings, labels.width(), colOffset, rowOffset, grid, factory);
        return groupPiecesByPatch(labels, pieces, polygons, factory);
    }

    private static Polygon[] buildPiecePolygons(PatchLabels pieces, List<RingTracer.Ring> rings, int width,
                                                int colOffset, int rowOffset, GridGeometry grid,
                                                GeometryFactory factory) {
        int n = pieces.count();
        RingTracer.Ring[] shells = new RingTracer.Ring[n + 1];
        List<List<RingTracer.Ring>> holes = new ArrayList<>(n + 1);
        for (int k = 0; k <= n; k++) holes.add(new ArrayList<>());
        for (RingTracer.Ring ring : rings) {
            if (ring.isShell()) {
                if (shells[ring.piece()] != null) {
                    throw new IllegalStateException("piece " + ring.piece() + " has two exterior rings");
                }
                shells[ring.piece()] = ring;
            } else {
                holes.get(ring.piece()).add(ring);
            }
        }
        int w1 = width + 1;
        Polygon[] out = new Polygon[n + 1];
        // Pieces are independent and each writes only its own slot: built on all cores (the common
        // fork-join pool), the result is the same as sequentially. Coordinate building dominates the
        // polygonize profile (scripts/bench.sh blocks).
        java.util.stream.IntStream.rangeClosed(1, n).parallel().forEach(p -> {
            if (shells[p] == null) throw new IllegalStateException("piece " + p + " has no exterior ring");
            LinearRing shell = toRing(shells[p].vertices(), true, w1, colOffset, rowOffset, grid.transform(), factory);
            List<int[]> hs = new ArrayList<>();
            for (RingTracer.Ring h : holes.get(p)) hs.add(startAtLowestVertex(h.vertices()));
            hs.sort(Comparator.comparingInt((int[] a) -> a[0]).thenComparingInt(a -> a.length));
            LinearRing[] holeRings = new LinearRing[hs.size()];
            for (int k = 0; k < holeRings.length; k++) {
                holeRings[k] = toRing(hs.get(k), false, w1, colOffset, rowOffset, grid.transform(), factory);
            }
            out[p] = factory.createPolygon(shell, holeRings);
        });
        return out;
    }

    private static List<Geometry> groupPiecesByPatch(PatchLabels labels, PatchLabels pieces, Polygon[] polygons,
                                                     GeometryFactory factory) {
        int n = labels.count();
        List<List<Polygon>> parts = new ArrayList<>(n + 1);
        for (int k = 0; k <= n; k++) parts.add(new ArrayList<>());
        for (int p = 1; p < polygons.length; p++) {
            int patch = pieces == labels ? p : pieces.classOf(p);
            parts.get(patch).add(polygons[p]); // pieces are numbered by first cell: parts stay in that order
        }
        List<Geometry> result = new ArrayList<>(n);
        for (int id = 1; id <= n; id++) {
            List<Polygon> ps = parts.get(id);
            result.add(ps.size() == 1 ? ps.get(0) : factory.createMultiPolygon(ps.toArray(new Polygon[0])));
        }
        return result;
    }

    /** Rotates a vertex loop so that it starts at its smallest vertex index (lowest row, then column). */
    static int[] startAtLowestVertex(int[] loop) {
        int best = 0;
        for (int k = 1; k < loop.length; k++) if (loop[k] < loop[best]) best = k;
        int[] out = new int[loop.length];
        for (int k = 0; k < loop.length; k++) out[k] = loop[(best + k) % loop.length];
        return out;
    }

    private static LinearRing toRing(int[] loop, boolean exterior, int w1, int colOffset, int rowOffset, GeoTransform t,
                                     GeometryFactory f) {
        int[] v = startAtLowestVertex(loop);
        int m = v.length;
        Coordinate[] cs = new Coordinate[m + 1];
        for (int k = 0; k < m; k++) {
            int vc = v[k] % w1 + colOffset, vr = v[k] / w1 + rowOffset;
            cs[k] = new Coordinate(t.x(vc, vr), t.y(vc, vr));
            f.getPrecisionModel().makePrecise(cs[k]);
        }
        cs[m] = cs[0].copy();
        if (Orientation.isCCW(cs) != exterior) {
            // reverse but keep the start vertex first
            Coordinate[] r = new Coordinate[m + 1];
            r[0] = cs[0];
            for (int k = 1; k < m; k++) r[k] = cs[m - k];
            r[m] = cs[0].copy();
            cs = r;
        }
        return f.createLinearRing(cs);
    }
}
