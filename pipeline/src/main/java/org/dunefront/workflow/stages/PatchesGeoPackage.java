package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunefront.grid.GridGeometry;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.dunefront.io.gpkg.GeoPackageWriteOptions;
import org.dunefront.io.gpkg.GeoPackageWriter;
import org.dunefront.io.gpkg.LayerStyle;
import org.dunefront.patch.ComponentLabeller;
import org.dunefront.patch.Connectivity;
import org.dunefront.patch.PatchLabels;
import org.dunefront.patch.PatchPolygonizer;
import org.dunefront.plan.PatchAttributes;
import org.dunefront.plan.ScheduledPatch;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The plan's {@code patches.gpkg}: layer {@value #LAYER} with one feature per ranked patch (scheduled or
 * not), fields {@link PatchAttributes#fields()} (NaN → NULL), polygons traced from the rank stage's
 * patch-id raster ({@code PatchPolygonizer}, cell edges, study CRS), and the QGIS {@code layer_styles}
 * row from {@link PlanStyles}. Features in overall rank order; byte-identical on rerun
 * ({@code GeoPackageWriter} fixes timestamps and vacuums).
 */
final class PatchesGeoPackage {
    static final String FILE = "patches.gpkg";
    static final String LAYER = "patches";

    private PatchesGeoPackage() { }

    /**
     * @param patchIds     per-cell patch id of the rank stage (0 = none), row-major
     * @param connectivity the connectivity the rank stage labelled with (a patch is one component under it)
     */
    static void write(Path file, GridGeometry grid, int[] patchIds, Connectivity connectivity, List<ScheduledPatch> schedule)
            throws IOException {
        Map<Integer, Geometry> geometryOfPatch = polygons(grid, patchIds, connectivity);
        boolean multi = connectivity == Connectivity.EIGHT;
        GeometryFactory gf = new GeometryFactory();
        List<VectorLayer.Field> fields = new ArrayList<>();
        for (PatchAttributes.Field f : PatchAttributes.fields()) {
            fields.add(new VectorLayer.Field(f.name(), VectorLayer.FieldType.valueOf(f.type().name())));
        }
        List<VectorFeature> features = new ArrayList<>();
        for (ScheduledPatch s : schedule) {
            Geometry g = geometryOfPatch.get(s.patch().id());
            if (g == null) throw new IllegalStateException("patch " + s.patch().id() + " has no cells in the patch raster");
            if (multi && g instanceof Polygon p) g = gf.createMultiPolygon(new Polygon[] {p});
            List<Object> values = PatchAttributes.values(s);
            Map<String, Object> attrs = new LinkedHashMap<>();
            for (int k = 0; k < fields.size(); k++) {
                Object v = values.get(k);
                attrs.put(fields.get(k).name(), v instanceof Double d && Double.isNaN(d) ? null : v);
            }
            features.add(new VectorFeature(g, attrs));
        }
        VectorLayer layer = new VectorLayer(LAYER, grid.crs(), multi ? VectorLayer.GeometryType.MULTIPOLYGON
                : VectorLayer.GeometryType.POLYGON, fields, features);
        LayerStyle style = new LayerStyle("Dunefront plan", PlanStyles.patchesQml(), PlanStyles.patchesSld(),
                "restoration patches categorised by phase and action (plan_code)");
        GeoPackageWriter.write(file, List.of(layer), GeoPackageWriteOptions.defaults().withPrimaryKey("fid")
                .withSpatialIndex(true).withStyle(LAYER, style));
    }

    /**
     * Patch id → polygon, one patch at a time: a pass over the id raster finds each patch's bounding
     * box, then every patch is labelled (its cells as one class, so each component is a piece of the
     * patch) and polygonized inside its box with whole-grid coordinates
     * ({@code PatchPolygonizer.polygonizeWindow}). Memory beyond the id raster is proportional to the
     * largest box, not to the grid; the geometries are those of labelling and polygonizing the whole
     * grid at once. A patch id with several components (a hand-made raster) gets their union.
     */
    static Map<Integer, Geometry> polygons(GridGeometry grid, int[] patchIds, Connectivity connectivity) {
        int w = grid.width(), h = grid.height();
        int maxId = 0;
        for (int v : patchIds) maxId = Math.max(maxId, v);
        int[] minC = new int[maxId + 1], minR = new int[maxId + 1], maxC = new int[maxId + 1], maxR = new int[maxId + 1];
        java.util.Arrays.fill(minC, Integer.MAX_VALUE);
        java.util.Arrays.fill(minR, Integer.MAX_VALUE);
        java.util.Arrays.fill(maxC, -1);
        java.util.Arrays.fill(maxR, -1);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int id = patchIds[r * w + c];
                if (id <= 0) continue;
                if (c < minC[id]) minC[id] = c;
                if (c > maxC[id]) maxC[id] = c;
                if (r < minR[id]) minR[id] = r;
                maxR[id] = r;
            }
        }
        GeometryFactory factory = new GeometryFactory();
        Map<Integer, Geometry> out = new LinkedHashMap<>();
        for (int id = 1; id <= maxId; id++) {
            if (maxC[id] < 0) continue;
            int c0 = minC[id], r0 = minR[id], bw = maxC[id] - c0 + 1, bh = maxR[id] - r0 + 1;
            byte[] mask = new byte[bw * bh];
            for (int r = 0; r < bh; r++) {
                int row = (r0 + r) * w + c0;
                for (int c = 0; c < bw; c++) if (patchIds[row + c] == id) mask[r * bw + c] = 1;
            }
            PatchLabels components = ComponentLabeller.label(mask, bw, bh, connectivity);
            List<Geometry> geoms = PatchPolygonizer.polygonizeWindow(components, grid, c0, r0, factory);
            Geometry g = geoms.get(0);
            for (int k = 1; k < geoms.size(); k++) g = g.union(geoms.get(k));
            out.put(id, g);
        }
        return out;
    }
}
