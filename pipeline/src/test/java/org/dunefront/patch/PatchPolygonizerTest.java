package org.dunefront.patch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.operation.valid.IsValidOp;

class PatchPolygonizerTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double CELL_M = 30;

    private static GridGeometry grid(int w, int h) {
        return GridGeometry.northUp(CrsDefinition.UNKNOWN, 500_000, 4_200_000, CELL_M, CELL_M, w, h);
    }

    /** Labels, polygonizes and checks validity, area, orientation and start vertices of every patch. */
    private static List<Geometry> polygonizeChecked(Connectivity conn, int[] classes, int w, int h) {
        PatchLabels labels = ComponentLabeller.label(classes, w, h, conn);
        GridGeometry g = grid(w, h);
        List<Geometry> geoms = PatchPolygonizer.polygonize(labels, g, GF);
        assertEquals(labels.count(), geoms.size());
        for (int id = 1; id <= labels.count(); id++) {
            Geometry geom = geoms.get(id - 1);
            IsValidOp op = new IsValidOp(geom);
            assertTrue(op.isValid(), "patch " + id + ": " + op.getValidationError() + " in " + geom);
            assertEquals(labels.cellCount(id) * CELL_M * CELL_M, geom.getArea(), 1e-6, "area of patch " + id);
            for (int k = 0; k < geom.getNumGeometries(); k++) {
                Polygon p = (Polygon) geom.getGeometryN(k);
                assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinates()), "exterior CCW");
                assertStartsAtTopLeft(p.getExteriorRing().getCoordinates());
                for (int hI = 0; hI < p.getNumInteriorRing(); hI++) {
                    assertFalse(Orientation.isCCW(p.getInteriorRingN(hI).getCoordinates()), "hole CW");
                    assertStartsAtTopLeft(p.getInteriorRingN(hI).getCoordinates());
                }
            }
        }
        return geoms;
    }

    /** Start vertex = highest y (lowest row), then lowest x (lowest column), for a north-up grid. */
    private static void assertStartsAtTopLeft(Coordinate[] cs) {
        for (Coordinate c : cs) {
            assertTrue(c.y < cs[0].y || (c.y == cs[0].y && c.x >= cs[0].x), "ring does not start top-left");
        }
    }

    private static List<Geometry> polygonizeChecked(Connectivity conn, String... rows) {
        return polygonizeChecked(conn, Grids.classes(rows), Grids.width(rows), rows.length);
    }

    @Test
    void singleCellRingHasExactCoordinatesCounterClockwiseFromTopLeft() {
        List<Geometry> g = polygonizeChecked(Connectivity.FOUR, "X");
        Coordinate[] cs = g.get(0).getCoordinates();
        double x0 = 500_000, y0 = 4_200_000;
        assertArrayEquals(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x0, y0 - 30),
                new Coordinate(x0 + 30, y0 - 30), new Coordinate(x0 + 30, y0), new Coordinate(x0, y0)}, cs);
    }

    @Test
    void lShapeKeepsOnlyCornerVertices() {
        Geometry g = polygonizeChecked(Connectivity.FOUR, "X..", "X..", "XXX").get(0);
        assertEquals(7, g.getNumPoints()); // 6 corners + closing point
    }

    @Test
    void checkerboardGivesSquaresWithFourAndAValidMultiPolygonWithEight() {
        String[] cb = {"X.X", ".X.", "X.X"};
        List<Geometry> four = polygonizeChecked(Connectivity.FOUR, cb);
        assertEquals(5, four.size());
        four.forEach(g -> assertEquals(5, g.getNumPoints()));
        List<Geometry> eight = polygonizeChecked(Connectivity.EIGHT, cb);
        assertEquals(1, eight.size());
        MultiPolygon mp = assertInstanceOf(MultiPolygon.class, eight.get(0));
        assertEquals(5, mp.getNumGeometries());
        // parts ordered by first cell: the first part is the upper-left cell
        assertEquals(new Coordinate(500_000, 4_200_000), mp.getGeometryN(0).getCoordinates()[0]);
    }

    @Test
    void holeTouchingTheShellAtAPinchIsSplitIntoShellPlusHole() {
        // the hole (1,1) touches the outside cell (2,2) at one vertex
        for (Connectivity c : Connectivity.values()) {
            Polygon p = assertInstanceOf(Polygon.class, polygonizeChecked(c, "XXX", "X.X", "XX.").get(0));
            assertEquals(1, p.getNumInteriorRing());
            assertEquals(900, p.getInteriorRingN(0).getEnvelopeInternal().getArea(), 1e-9);
            assertEquals(7, p.getExteriorRing().getNumPoints()); // 6 corners + closing point
        }
    }

    @Test
    void twoHolesTouchingAtAVertexStayTwoHoles() {
        Polygon p = assertInstanceOf(Polygon.class,
                polygonizeChecked(Connectivity.FOUR, "XXXX", "X.XX", "XX.X", "XXXX").get(0));
        assertEquals(2, p.getNumInteriorRing());
    }

    @Test
    void diagonalPinchBetweenBlocks() {
        String[] pinch = {"XX..", "XX..", "..XX", "..XX"};
        List<Geometry> four = polygonizeChecked(Connectivity.FOUR, pinch);
        assertEquals(2, four.size());
        List<Geometry> eight = polygonizeChecked(Connectivity.EIGHT, pinch);
        assertEquals(2, assertInstanceOf(MultiPolygon.class, eight.get(0)).getNumGeometries());
    }

    @Test
    void holeInsideHoleAndIslandTouchingItsHole() {
        String[] nested = {
            "XXXXXXX",
            "X.....X",
            "X.XXX.X",
            "X.X.X.X",
            "X.XXX.X",
            "X.....X",
            "XXXXXXX"};
        for (Connectivity c : Connectivity.values()) {
            List<Geometry> g = polygonizeChecked(c, nested);
            assertEquals(2, g.size());
            assertEquals(1, ((Polygon) g.get(0)).getNumInteriorRing());
            assertEquals(1, ((Polygon) g.get(1)).getNumInteriorRing());
        }
        // with 8-connectivity an island touching the ring's hole at a corner is a part of the same patch
        String[] island = {"XXXXX", "XX..X", "X.X.X", "X...X", "XXXXX"};
        List<Geometry> eight = polygonizeChecked(Connectivity.EIGHT, island);
        assertEquals(1, eight.size());
        assertEquals(2, eight.get(0).getNumGeometries());
        assertEquals(2, polygonizeChecked(Connectivity.FOUR, island).size());
    }

    @Test
    void randomGridsAlwaysGiveValidPolygonsWithExactArea() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 60; trial++) {
            int w = 1 + rnd.nextInt(25), h = 1 + rnd.nextInt(25);
            int[] a = new int[w * h];
            double density = 0.3 + 0.5 * rnd.nextDouble();
            int classes = 1 + rnd.nextInt(2);
            for (int i = 0; i < a.length; i++) a[i] = rnd.nextDouble() < density ? 1 + rnd.nextInt(classes) : 0;
            for (Connectivity c : Connectivity.values()) polygonizeChecked(c, a, w, h);
        }
    }

    @Test
    void rotatedGeotransformStillGivesValidCounterClockwisePolygons() {
        String[] rows = {"XXX", "X.X", "XX."};
        PatchLabels labels = Grids.label(Connectivity.FOUR, rows);
        // south-up grid (positive pixel height) with a rotation term: orientation must still be OGC
        GridGeometry g = new GridGeometry(CrsDefinition.UNKNOWN, new GeoTransform(10, 2, 0.5, 20, 0.25, 3), 3, 3);
        Geometry geom = PatchPolygonizer.polygonize(labels, g, GF).get(0);
        assertTrue(geom.isValid());
        assertEquals(7 * g.cellArea(), geom.getArea(), 1e-9);
        assertTrue(Orientation.isCCW(((Polygon) geom).getExteriorRing().getCoordinates()));
    }

    @Test
    void outputIsByteIdenticalAcrossRunsAndTilings() {
        Random rnd = new Random(3);
        int w = 30, h = 20;
        int[] a = new int[w * h];
        for (int i = 0; i < a.length; i++) a[i] = rnd.nextInt(3);
        PatchLabels whole = ComponentLabeller.label(a, w, h, Connectivity.EIGHT);
        PatchLabels tiled = ComponentLabeller.labelTiled(a, w, h, Connectivity.EIGHT, 7, 4);
        WKBWriter wkb = new WKBWriter();
        List<Geometry> g1 = PatchPolygonizer.polygonize(whole, grid(w, h), GF);
        List<Geometry> g2 = PatchPolygonizer.polygonize(tiled, grid(w, h), GF);
        for (int k = 0; k < g1.size(); k++) assertArrayEquals(wkb.write(g1.get(k)), wkb.write(g2.get(k)));
    }
}
