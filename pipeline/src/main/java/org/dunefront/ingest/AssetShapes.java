package org.dunefront.ingest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dunefront.grid.Window;
import org.dunefront.legend.LandCoverClass;

/**
 * Asset geometries in study-grid pixel coordinates (column, row; interleaved), grouped by legend class and
 * burnt into a window of class codes. Lines: every cell the centre line crosses ({@link LineRasterizer#burn},
 * as {@code gdal_rasterize -at}) plus every cell whose centre lies within half the line width
 * ({@link LineRasterizer#buffer}). Polygons: cells whose centre is inside (even-odd, {@link PolygonRasterizer}).
 * Where assets of several classes cover a cell, the class with the highest {@code assetValue} wins (ties: the
 * lower legend code), whatever the order of the features in the file. Immutable, pure and thread-safe.
 *
 * @param classes     one entry per asset class present, in burn order (see {@link #of})
 * @param halfWidthM  half the line width, m (≥ 0)
 * @param cellWidthM  study-grid cell width, m
 * @param cellHeightM study-grid cell height, m
 */
record AssetShapes(List<ClassShapes> classes, double halfWidthM, double cellWidthM, double cellHeightM) {

    /**
     * The geometries of one asset class.
     *
     * @param cls      the legend class (surface ASSET_TRAP)
     * @param features number of features of this class in the file
     * @param lines    line strings, pixel coordinates
     * @param polygons polygons as rings, pixel coordinates
     */
    record ClassShapes(LandCoverClass cls, int features, List<double[]> lines, List<List<double[]>> polygons) {
        ClassShapes {
            Objects.requireNonNull(cls, "cls");
            lines = List.copyOf(lines);
            polygons = List.copyOf(polygons);
        }
    }

    AssetShapes {
        if (!(halfWidthM >= 0) || !(cellWidthM > 0) || !(cellHeightM > 0)) {
            throw new IllegalArgumentException("half width must be >= 0 m and cell sizes > 0 m");
        }
        classes = List.copyOf(classes);
    }

    /** Classes sorted into burn order: ascending asset value, then descending code, so the most valuable is burnt last. */
    static AssetShapes of(List<ClassShapes> classes, double lineWidthM, double cellWidthM, double cellHeightM) {
        List<ClassShapes> sorted = classes.stream()
                .sorted(Comparator.comparingDouble((ClassShapes c) -> c.cls().assetValue())
                        .thenComparing(Comparator.comparingInt((ClassShapes c) -> c.cls().code()).reversed()))
                .toList();
        return new AssetShapes(sorted, lineWidthM / 2, cellWidthM, cellHeightM);
    }

    /**
     * Writes into {@code out} (row-major over window {@code w}) the code of the asset class covering each cell,
     * 0 where no asset lies; {@code out} is cleared first.
     */
    void burn(Window w, byte[] out) {
        Arrays.fill(out, (byte) 0);
        byte[] hit = new byte[out.length];
        for (ClassShapes s : classes) {
            Arrays.fill(hit, (byte) 0);
            PolygonRasterizer.fill(s.polygons(), w, hit, (byte) 1);
            LineRasterizer.burn(s.lines(), 1, w, hit);
            LineRasterizer.buffer(s.lines(), halfWidthM, cellWidthM, cellHeightM, w, hit, (byte) 1);
            byte code = (byte) s.cls().code();
            for (int i = 0; i < hit.length; i++) if (hit[i] != 0) out[i] = code;
        }
    }
}
