package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunefront.grid.CancelledException;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
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
     * @param geometryOfPatch the polygon of every patch id ({@link #polygons})
     * @param connectivity    the connectivity the rank stage labelled with (a patch is one component under it)
     */
    static void write(Path file, GridGeometry grid, Map<Integer, Geometry> geometryOfPatch, Connectivity connectivity,
                      List<ScheduledPatch> schedule) throws IOException {
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
     * Patch id → polygon of a whole id array (tests and small grids): {@link #polygons(RasterSource, PatchBoxes,
     * Connectivity, int, ProgressListener)} on it.
     */
    static Map<Integer, Geometry> polygons(GridGeometry grid, int[] patchIds, Connectivity connectivity) {
        MemoryRaster raster = MemoryRaster.single("patch ids", grid, DataType.INT32, NoData.NONE);
        RasterBlock.Ints block = (RasterBlock.Ints) RasterBlock.create(DataType.INT32, grid.extent(), NoData.NONE);
        System.arraycopy(patchIds, 0, block.data(), 0, patchIds.length);
        raster.write(0, block);
        PatchBoxes boxes = new PatchBoxes();
        boxes.accept(0, grid.height(), patchIds, grid.width());
        try {
            return polygons(raster, boxes, connectivity, 1, ProgressListener.NONE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Patch id → polygon, one patch at a time: each patch's bounding box (from the streamed pass that found the
     * boxes, {@link PatchBoxes}) is read from the id raster, the patch's cells are labelled as one class (so each
     * component is a piece of the patch) and polygonized inside the box with whole-grid coordinates
     * ({@code PatchPolygonizer.polygonizeWindow}). Memory is one box per thread, never the grid; the geometries are
     * those of labelling and polygonizing the whole grid at once. Patches run on {@code threads} threads in the order
     * of their first row (neighbouring boxes share the source's decoded blocks); the map is in id order and does not
     * depend on the thread count. A patch id with several components (a hand-made raster) gets their union.
     */
    static Map<Integer, Geometry> polygons(RasterSource ids, PatchBoxes boxes, Connectivity connectivity, int threads,
                                           ProgressListener progress) throws IOException {
        GridGeometry grid = ids.grid();
        List<Integer> order = new ArrayList<>();
        for (int id = 1; id <= boxes.maxId(); id++) if (boxes.has(id)) order.add(id);
        order.sort(java.util.Comparator.comparingInt((Integer id) -> boxes.box(id).row()).thenComparingInt(id -> id));
        Geometry[] geometry = new Geometry[boxes.maxId() + 1];
        GeometryFactory factory = new GeometryFactory();
        int n = Math.max(1, Math.min(threads, order.size()));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Thread caller = Thread.currentThread();
        java.util.concurrent.Callable<Void> worker = () -> {
            try {
                for (int k = next.getAndIncrement(); k < order.size(); k = next.getAndIncrement()) {
                    int id = order.get(k);
                    geometry[id] = polygon(ids, boxes.box(id), id, connectivity, grid, factory);
                    int d = done.incrementAndGet();
                    // progress and cancellation on the calling thread only (listeners need not be thread-safe)
                    if (Thread.currentThread() == caller) progress.reportOrCancel((double) d / order.size(), "patch polygons");
                }
                return null;
            } catch (IOException | RuntimeException | Error e) {
                next.set(order.size()); // the other threads stop after their current patch
                throw e;
            }
        };
        runAll(worker, n);
        Map<Integer, Geometry> out = new LinkedHashMap<>();
        for (int id = 1; id < geometry.length; id++) if (geometry[id] != null) out.put(id, geometry[id]);
        return out;
    }

    private static Geometry polygon(RasterSource ids, Window box, int id, Connectivity connectivity, GridGeometry grid,
                                    GeometryFactory factory) throws IOException {
        RasterBlock block = ids.read(0, box);
        int bw = box.width(), bh = box.height();
        byte[] mask = new byte[bw * bh];
        if (block instanceof RasterBlock.Ints ib && !ib.noData().present()) {
            int[] d = ib.data();
            for (int i = 0; i < mask.length; i++) if (d[i] == id) mask[i] = 1;
        } else {
            for (int r = 0; r < bh; r++) {
                for (int c = 0; c < bw; c++) if (!block.isNoData(c, r) && (int) block.get(c, r) == id) mask[r * bw + c] = 1;
            }
        }
        PatchLabels components = ComponentLabeller.label(mask, bw, bh, connectivity);
        List<Geometry> geoms = PatchPolygonizer.polygonizeWindow(components, grid, box.col(), box.row(), factory);
        Geometry g = geoms.get(0);
        for (int k = 1; k < geoms.size(); k++) g = g.union(geoms.get(k));
        return g;
    }

    /** Runs {@code worker} on the calling thread and {@code threads - 1} more; rethrows the first failure. */
    private static void runAll(java.util.concurrent.Callable<Void> worker, int threads) throws IOException {
        List<java.util.concurrent.FutureTask<Void>> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            java.util.concurrent.FutureTask<Void> f = new java.util.concurrent.FutureTask<>(worker);
            Thread th = new Thread(f, "plan-polygons-" + t);
            th.setDaemon(true);
            th.start();
            helpers.add(f);
        }
        Throwable failure = null;
        try {
            worker.call();
        } catch (Exception | Error e) {
            failure = e;
        }
        for (java.util.concurrent.FutureTask<Void> f : helpers) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) failure = new CancelledException("interrupted while polygonizing patches");
            } catch (java.util.concurrent.ExecutionException e) {
                if (failure == null) failure = e.getCause();
            }
        }
        if (failure instanceof IOException io) throw io;
        if (failure instanceof RuntimeException re) throw re;
        if (failure instanceof Error er) throw er;
        if (failure != null) throw new IllegalStateException(failure);
    }
}
