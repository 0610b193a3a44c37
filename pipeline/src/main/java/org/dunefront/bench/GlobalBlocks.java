package org.dunefront.bench;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.patch.ComponentLabeller;
import org.dunefront.patch.Connectivity;
import org.dunefront.patch.PatchLabels;
import org.dunefront.patch.PatchPolygonizer;
import org.dunefront.ranking.DistanceTransform;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;

/** Blocks whose output cell may depend on any input cell: the input is read tile-parallel into one array. */
final class GlobalBlocks {
    private GlobalBlocks() {}

    /** Exact Euclidean distance (m) to the nearest cell of class {@code classCode}, float32. */
    static void proximity(Path landCover, int classCode, Path out) throws IOException {
        try (RasterSource src = GeoTiffReader.open(landCover)) {
            GridGeometry g = src.grid();
            boolean[] features = BenchRasters.readMask(src, classCode);
            double[] d = DistanceTransform.distanceM(features, g.width(), g.height(),
                    Math.abs(g.cellSizeX()), Math.abs(g.cellSizeY()));
            int width = g.width();
            try (RasterSink sink = BenchRasters.create(out, g, DataType.FLOAT32, NoData.NONE)) {
                BenchRasters.eachTile(g, "writing distances", w -> {
                    float[] t = new float[(int) w.cellCount()];
                    for (int r = 0; r < w.height(); r++) {
                        int o = (w.row() + r) * width + w.col();
                        for (int c = 0; c < w.width(); c++) t[r * w.width() + c] = (float) d[o + c];
                    }
                    sink.write(0, new RasterBlock.Floats(w, NoData.NONE, t));
                });
                sink.commit();
            }
        }
    }

    /** 8-connected patches of equal class (codes ≤ 0 and nodata are background), int32 labels, 0 = none. */
    static void label(Path landCover, Path out) throws IOException {
        try (RasterSource src = GeoTiffReader.open(landCover)) {
            GridGeometry g = src.grid();
            PatchLabels labels = labelPatches(src, Connectivity.EIGHT);
            BenchRasters.writeInts(out, g, labels.labels(), NoData.of(0));
        }
    }

    /** Polygons of 4-connected equal-class patches as (int32 class, int32 WKB length, WKB) records. */
    static void polygonize(Path landCover, Path out) throws IOException {
        try (RasterSource src = GeoTiffReader.open(landCover)) {
            GridGeometry g = src.grid();
            PatchLabels labels = labelPatches(src, Connectivity.FOUR);
            List<Geometry> polygons = PatchPolygonizer.polygonize(labels, g, new GeometryFactory());
            Path temp = out.resolveSibling("." + out.getFileName() + ".tmp");
            try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 20))) {
                WKBWriter wkb = new WKBWriter();
                for (int k = 0; k < polygons.size(); k++) {
                    byte[] bytes = wkb.write(polygons.get(k));
                    o.writeInt(labels.classOf(k + 1));
                    o.writeInt(bytes.length);
                    o.write(bytes);
                }
            }
            Files.move(temp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("polygons: " + polygons.size());
        }
    }

    private static PatchLabels labelPatches(RasterSource src, Connectivity connectivity) throws IOException {
        GridGeometry g = src.grid();
        int[] codes = BenchRasters.readCodes(src, 0);
        return ComponentLabeller.labelTiled(codes, g.width(), g.height(), connectivity, 512, 512);
    }
}
