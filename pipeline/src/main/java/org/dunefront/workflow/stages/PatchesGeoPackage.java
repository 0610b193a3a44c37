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

    /** Patch id → polygon: the id raster labelled with ids as classes, so each component's class is its patch id. */
    static Map<Integer, Geometry> polygons(GridGeometry grid, int[] patchIds, Connectivity connectivity) {
        PatchLabels components = ComponentLabeller.label(patchIds, grid.width(), grid.height(), connectivity);
        List<Geometry> geoms = PatchPolygonizer.polygonize(components, grid, new GeometryFactory());
        Map<Integer, Geometry> out = new LinkedHashMap<>();
        for (int k = 1; k <= components.count(); k++) {
            int id = components.classOf(k);
            Geometry prev = out.put(id, geoms.get(k - 1));
            if (prev != null) out.put(id, prev.union(geoms.get(k - 1)));
        }
        return out;
    }
}
