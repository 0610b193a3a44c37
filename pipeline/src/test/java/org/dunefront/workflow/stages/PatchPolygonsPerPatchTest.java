package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;
import org.dunefront.patch.ComponentLabeller;
import org.dunefront.patch.Connectivity;
import org.dunefront.patch.PatchLabels;
import org.dunefront.patch.PatchPolygonizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;

/**
 * The plan's per-patch polygonization (each patch in its bounding box, whole-grid coordinates) gives
 * byte-for-byte (WKB) the geometries of labelling and polygonizing the whole id raster at once, on
 * random id rasters with holes, pinches, several components per id and a non-integer geotransform.
 */
class PatchPolygonsPerPatchTest {

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void perPatchBoxesEqualWholeGridPolygonization(Connectivity conn) {
        Random rnd = new Random(17);
        WKBWriter wkb = new WKBWriter(2);
        for (int trial = 0; trial < 20; trial++) {
            int w = 1 + rnd.nextInt(20), h = 1 + rnd.nextInt(20);
            GridGeometry grid = GridGeometry.northUp(CrsDefinition.UNKNOWN, 1234.567, 98765.4321, 29.97, 30.03, w, h);
            int ids = 1 + rnd.nextInt(6);
            int[] id = new int[w * h];
            for (int i = 0; i < id.length; i++) id[i] = rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(ids);
            Map<Integer, Geometry> perPatch = PatchesGeoPackage.polygons(grid, id, conn);
            Map<Integer, Geometry> whole = wholeGrid(grid, id, conn);
            assertEquals(whole.keySet(), perPatch.keySet(), "trial " + trial);
            for (int k : whole.keySet()) {
                assertArrayEquals(wkb.write(whole.get(k)), wkb.write(perPatch.get(k)), "trial " + trial + " id " + k);
            }
        }
    }

    /** The previous implementation: the whole id raster labelled and polygonized at once. */
    private static Map<Integer, Geometry> wholeGrid(GridGeometry grid, int[] ids, Connectivity conn) {
        PatchLabels components = ComponentLabeller.label(ids, grid.width(), grid.height(), conn);
        List<Geometry> geoms = PatchPolygonizer.polygonize(components, grid, new GeometryFactory());
        Map<Integer, Geometry> out = new java.util.LinkedHashMap<>();
        for (int k = 1; k <= components.count(); k++) {
            int id = components.classOf(k);
            Geometry prev = out.put(id, geoms.get(k - 1));
            if (prev != null) out.put(id, prev.union(geoms.get(k - 1)));
        }
        return out;
    }
}
