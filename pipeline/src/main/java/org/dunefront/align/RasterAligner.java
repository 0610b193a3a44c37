package org.dunefront.align;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dunefront.crs.CrsTransform;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.grid.Window;

/**
 * Resamples bands of a {@link RasterSource} onto a target grid, window by window, like gdalwarp.
 *
 * <p>For a target window: (1) map every target cell centre (or, for AVERAGE/MODE, its top-left and
 * bottom-right corners) to a
 * source pixel position through {@link PixelMapping} (approximate transformer, error ≤
 * {@link AlignParameters#maxErrorPixels()}); (2) read only the source window those positions need, plus the
 * kernel margin ({@code src.read(band, window)}); (3) resample each cell with {@link CellResampler}; windows
 * needing more than {@link AlignParameters#maxSourceCellsPerChunk()} source cells are split in halves first.
 *
 * <p>NoData, as gdalwarp: invalid source cells (the band's nodata, NaN, or outside the source grid) are left out
 * and the weights of the remaining cells renormalised; a target cell with no valid source is nodata. The output
 * has the source's data type and nodata; a floating-point source without nodata gets NaN, an integer source
 * without nodata gets 0 in uncovered cells (gdalwarp's default). Integer outputs are rounded half up and clamped
 * to the type's range.
 *
 * <p>Kernel scale: when target cells are coarser than source cells (target/source size ratio below 0.95 along
 * an axis, computed once for the whole grid as GDAL does for a single chunk), bilinear and cubic kernels are
 * stretched by that ratio as in GDAL's warp kernel; the scale is global, so results never depend on the window.
 *
 * <p>Reference behaviour: GDAL's warper ({@code alg/gdalwarpkernel.cpp}, {@code gdaltransformer.cpp}, GDAL 3.6);
 * the cubic kernel is Keys, R. (1981), Cubic convolution interpolation for digital image processing,
 * IEEE Trans. Acoustics, Speech and Signal Processing 29(6), 1153–1160.
 *
 * <p>Immutable and thread-safe.
 */
public final class RasterAligner {
    private static final double FULL_SCALE_THRESHOLD = 0.95;
    /** Dataset metadata item set by readers: "geotransform", "gcps" or "none". */
    static final String GEOREFERENCING_ITEM = "GEOREFERENCING";

    private final RasterSource source;
    private final GridGeometry target;
    private final AlignParameters params;
    private final PixelMapping mapping;
    private final double scaleX;
    private final double scaleY;

    /** Refuses sources whose reader found no geotransform (GCP-only or untagged files). */
    static void requireGeoreferenced(RasterSource source) {
        String how = source.metadata().getOrDefault(GEOREFERENCING_ITEM, "geotransform");
        if (!"geotransform".equals(how)) {
            throw new InputDataException(source.name(),
                    "the file has no geotransform (" + ("gcps".equals(how) ? "only ground control points" : "no georeferencing tags")
                            + "), so it cannot be placed on the study grid",
                    "Georeference it first, e.g. gdalwarp -t_srs EPSG:<code> " + ("gcps".equals(how) ? "(uses the GCPs) " : "")
                            + "in.tif out.tif, then use out.tif");
        }
    }

    /**
     * @throws org.dunefront.error.InputDataException when the CRSs cannot be related or the source does not
     *                                               overlap the target grid
     */
    public RasterAligner(RasterSource source, GridGeometry target, AlignParameters params) {
        this.source = Objects.requireNonNull(source);
        this.target = Objects.requireNonNull(target);
        this.params = Objects.requireNonNull(params);
        requireGeoreferenced(source);
        StudyGrid.requireOverlap(source.grid(), source.name(), target, "the study grid");
        CrsTransform t = CrsTransform.between(target.crs(), source.grid().crs(), "the study grid", source.name());
        this.mapping = new PixelMapping(target.transform(), source.grid().transform(), t, params.maxErrorPixels());
        double[] s = kernelScale(t);
        this.scaleX = s[0];
        this.scaleY = s[1];
    }

    public GridGeometry target() {
        return target;
    }

    public AlignParameters parameters() {
        return params;
    }

    /** Data type of aligned blocks (the source's). */
    public DataType outputType() {
        return source.dataType();
    }

    /** Nodata of aligned band {@code band}: the source's, or NaN for floating-point sources without one. */
    public NoData outputNoData(int band) {
        NoData nd = source.bandInfo(band).noData();
        if (nd.present()) return nd;
        return source.dataType().isFloatingPoint() ? NoData.NAN : NoData.NONE;
    }

    /**
     * Kernel scale {x, y} of bilinear/cubic, computed like GDAL's warp kernel for a single chunk: the part of the
     * target grid that covers the source ({@code dstSize}, whole cells) against the extent of the source it maps
     * to ({@code srcSize}, fractional, clipped to the source grid);
     * scale = dstSize / srcSize per axis, snapped to 1/n when within 0.05 of it; both ≥ 0.95 → plain 2×2/4×4
     * kernels (scale 1); otherwise an axis with scale &lt; 1 stretches its kernel. Global, so window-independent.
     */
    private double[] kernelScale(CrsTransform targetToSource) {
        if (params.resampling().kernelRadius() == 0) return new double[] {1, 1};
        GridGeometry sg = source.grid();
        double[] tw = outlineBox(sg.width(), sg.height(), (pts, n) -> {
            for (int i = 0; i < 2 * n; i += 2) {
                double c = pts[i], r = pts[i + 1];
                pts[i] = sg.transform().x(c, r);
                pts[i + 1] = sg.transform().y(c, r);
            }
            targetToSource.inverse().transformInPlace(pts, 0, n);
            for (int i = 0; i < 2 * n; i += 2) {
                double x = pts[i], y = pts[i + 1];
                pts[i] = target.transform().col(x, y);
                pts[i + 1] = target.transform().row(x, y);
            }
        }, 0, 0, target.width(), target.height(), true);
        if (tw == null) return new double[] {1, 1};
        double[] sw = outlineBox(tw[2] - tw[0], tw[3] - tw[1], (pts, n) -> {
            for (int i = 0; i < 2 * n; i += 2) {
                pts[i] += tw[0];
                pts[i + 1] += tw[1];
            }
            mapping.exact(pts, n);
        }, 0, 0, sg.width(), sg.height(), false);
        if (sw == null) return new double[] {1, 1};
        double sx = gdalScale(tw[2] - tw[0], sw[2] - sw[0]), sy = gdalScale(tw[3] - tw[1], sw[3] - sw[1]);
        if (sx >= FULL_SCALE_THRESHOLD && sy >= FULL_SCALE_THRESHOLD) return new double[] {1, 1};
        return new double[] {Math.min(1, sx), Math.min(1, sy)};
    }

    private static double gdalScale(double dstSize, double srcSize) {
        double s = dstSize / srcSize;
        if (s < 1) {
            double inv = 1 / s;
            long n = Math.round(inv);
            if (Math.abs(inv - n) < 0.05) s = 1.0 / n;
        }
        return s;
    }

    private interface PointMapper {
        void map(double[] interleaved, int n);
    }

    /**
     * Bounding box {c0, r0, c1, r1} of the outline of a w × h pixel rectangle mapped by {@code m} (rounded
     * outward to whole pixels when {@code round}), clipped to [minC, maxC] × [minR, maxR]; null when nothing maps inside.
     */
    private static double[] outlineBox(double w, double h, PointMapper m, double minC, double minR, double maxC, double maxR,
                                       boolean round) {
        int n = StudyGrid.EDGE_POINTS;
        double[] pts = new double[8 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double f = (double) i / (n - 1);
            double[] xy = {f * w, 0, f * w, h, 0, f * h, w, f * h};
            for (double v : xy) pts[k++] = v;
        }
        m.map(pts, 4 * n);
        double c0 = Double.POSITIVE_INFINITY, r0 = Double.POSITIVE_INFINITY, c1 = Double.NEGATIVE_INFINITY, r1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < pts.length; i += 2) {
            if (!Double.isFinite(pts[i]) || !Double.isFinite(pts[i + 1])) continue;
            c0 = Math.min(c0, pts[i]);
            c1 = Math.max(c1, pts[i]);
            r0 = Math.min(r0, pts[i + 1]);
            r1 = Math.max(r1, pts[i + 1]);
        }
        if (round) {
            c0 = Math.floor(c0);
            r0 = Math.floor(r0);
            c1 = Math.ceil(c1);
            r1 = Math.ceil(r1);
        }
        c0 = Math.max(minC, c0);
        r0 = Math.max(minR, r0);
        c1 = Math.min(maxC, c1);
        r1 = Math.min(maxR, r1);
        return c1 > c0 && r1 > r0 ? new double[] {c0, r0, c1, r1} : null;
    }

    /** Aligns band {@code band} (0-based) over {@code window} of the target grid. */
    public RasterBlock align(int band, Window window) throws IOException {
        return alignBands(new int[] {band}, window)[0];
    }

    /**
     * Aligns several bands (0-based) over {@code window} with one mapping of the target cells: the source positions,
     * the source window and the chunking are computed once and every band is resampled at the same positions.
     * Block k equals {@link #align(int, Window) align(bands[k], window)} bit for bit; for layers resampled alike
     * (e.g. the u and v wind components) this saves the mapping and the window bookkeeping of all but one band.
     */
    public RasterBlock[] alignBands(int[] bands, Window window) throws IOException {
        RasterBlock[] out = new RasterBlock[bands.length];
        for (int k = 0; k < bands.length; k++) out[k] = RasterBlock.filled(outputType(), window, outputNoData(bands[k]));
        alignInto(bands, window, out);
        return out;
    }

    /**
     * Aligns band {@code band} over the whole target grid into {@code sink}'s band {@code sinkBand}, one tile of
     * {@code scheme} per job on {@code executor}.
     */
    public void alignBand(int band, RasterSink sink, int sinkBand, TiledExecutor executor, TileScheme scheme,
                          ProgressListener progress) {
        executor.run(scheme, tile -> sink.write(sinkBand, align(band, tile)), progress,
                "aligning " + source.name() + " band " + (band + 1));
    }

    /** All bands aligned into a new in-memory raster (for small layers and tests). */
    public MemoryRaster alignToMemory(TiledExecutor executor, TileScheme scheme, ProgressListener progress) {
        List<BandInfo> infos = new ArrayList<>();
        for (int b = 0; b < source.bandCount(); b++) {
            BandInfo bi = source.bandInfo(b);
            infos.add(new BandInfo(outputNoData(b), bi.scale(), bi.offset(), bi.unit(), bi.description(),
                    bi.palette(), bi.categoryNames(), bi.metadata()));
        }
        MemoryRaster out = new MemoryRaster(source.name() + " aligned", target, outputType(), infos);
        int n = source.bandCount();
        for (int b = 0; b < n; b++) {
            alignBand(b, out, b, executor, scheme, progress.scaled((double) b / n, (double) (b + 1) / n));
        }
        return out;
    }

    // ---- one window ----------------------------------------------------------------------------------

    private void alignInto(int[] bands, Window w, RasterBlock[] out) throws IOException {
        boolean area = params.resampling().isAreaMethod();
        int n = w.width() * w.height();
        // point methods: positions of cell centres; area methods: top-left (a) and bottom-right (b) corners
        double[] ac = new double[n], ar = new double[n];
        double[] bc = area ? new double[n] : null, br = area ? new double[n] : null;
        positions(w, area ? 0 : 0.5, area ? 0 : 0.5, ac, ar);
        if (area) positions(w, 1, 1, bc, br);
        Window need = sourceWindow(area, ac, ar, bc, br);
        if (need.isEmpty()) return;
        if (!area && params.resampling() == Resampling.NEAREST && !outputType().isFloatingPoint()
                && copyShifted(bands, w, ac, ar, out)) {
            return;
        }
        if (need.cellCount() > params.maxSourceCellsPerChunk() && (w.width() > 1 || w.height() > 1)) {
            for (Window half : split(w)) alignInto(bands, half, out);
            return;
        }
        boolean integer = !outputType().isFloatingPoint();
        for (int b = 0; b < bands.length; b++) {
            SourceValues values = SourceValues.of(source.read(bands[b], need), source.grid().extent());
            CellResampler k = new CellResampler(values, source.grid().width(), source.grid().height(),
                    params.resampling(), scaleX, scaleY);
            RasterBlock o = out[b];
            double fill = o.noData().present() ? o.noData().value() : (integer ? 0 : Double.NaN);
            int oc = w.col() - o.window().col(), or = w.row() - o.window().row();
            for (int r = 0, i = 0; r < w.height(); r++) {
                for (int c = 0; c < w.width(); c++, i++) {
                    double v = area ? k.area(ac[i], ar[i], bc[i], br[i]) : k.point(ac[i], ar[i]);
                    if (Double.isNaN(v)) v = fill;
                    else if (integer) v = Math.floor(v + 0.5);
                    o.set(oc + c, or + r, v);
                }
            }
        }
    }

    /**
     * Nearest neighbour on an integer type when every target cell of {@code w} picks the source cell at one integer
     * offset (source and target on one lattice, e.g. the land cover's own grid) and all of them lie inside the source
     * grid: the source window is copied as it is. That is what the per-cell path gives there: a source value goes
     * through double and back unchanged, and a nodata cell becomes the fill, which is that same nodata (an integer
     * source's output nodata is its own). Returns false, having written nothing, when the window is not such a shift.
     */
    private boolean copyShifted(int[] bands, Window w, double[] sc, double[] sr, RasterBlock[] out) throws IOException {
        int sw = source.grid().width(), sh = source.grid().height();
        int c0 = 0, r0 = 0;
        for (int r = 0, i = 0; r < w.height(); r++) {
            for (int c = 0; c < w.width(); c++, i++) {
                double px = sc[i], py = sr[i];
                if (!(px >= 0 && py >= 0 && px < sw && py < sh)) return false;
                int col = CellResampler.nearestIndex(px) - c, row = CellResampler.nearestIndex(py) - r;
                if (i == 0) {
                    c0 = col;
                    r0 = row;
                } else if (col != c0 || row != r0) {
                    return false;
                }
            }
        }
        Window from = new Window(c0, r0, w.width(), w.height());
        RasterBlock[] read = new RasterBlock[bands.length];
        for (int b = 0; b < bands.length; b++) {
            read[b] = source.read(bands[b], from);
            if (read[b].type() != out[b].type() || read[b].getClass() != out[b].getClass()) return false;
        }
        for (int b = 0; b < bands.length; b++) {
            RasterBlock o = out[b];
            Object src = data(read[b]), dst = data(o);
            int oc = w.col() - o.window().col(), or = w.row() - o.window().row();
            for (int r = 0; r < w.height(); r++) {
                System.arraycopy(src, r * w.width(), dst, (or + r) * o.width() + oc, w.width());
            }
        }
        return true;
    }

    private static Object data(RasterBlock b) {
        if (b instanceof RasterBlock.Bytes x) return x.data();
        if (b instanceof RasterBlock.Shorts x) return x.data();
        if (b instanceof RasterBlock.Ints x) return x.data();
        if (b instanceof RasterBlock.Floats x) return x.data();
        return ((RasterBlock.Doubles) b).data();
    }

    /**
     * Source positions of the target points (col + colOffset, row + rowOffset) of the window's cells, in
     * row-major order. Centres use offsets (0.5, 0.5); GDAL's average/mode use the corners (0, 0) and (1, 1).
     */
    private void positions(Window w, double colOffset, double rowOffset, double[] sc, double[] sr) {
        double[] scratch = new double[2 * Math.max(w.width(), 3)];
        for (int r = 0; r < w.height(); r++) {
            mapping.row(w.row() + r + rowOffset, colOffset, target.width(), w.col(), w.width(), sc, sr, r * w.width(), scratch);
        }
    }

    /** The source window covering all finite positions plus the kernel margin, clipped to the source grid. */
    private Window sourceWindow(boolean area, double[]... cr) {
        double cMin = Double.POSITIVE_INFINITY, cMax = Double.NEGATIVE_INFINITY;
        double rMin = Double.POSITIVE_INFINITY, rMax = Double.NEGATIVE_INFINITY;
        for (int p = 0; p + 1 < cr.length; p += 2) {
            double[] sc = cr[p], sr = cr[p + 1];
            if (sc == null) continue;
            for (int i = 0; i < sc.length; i++) {
                double c = sc[i], r = sr[i];
                if (!Double.isFinite(c) || !Double.isFinite(r)) continue;
                if (c < cMin) cMin = c;
                if (c > cMax) cMax = c;
                if (r < rMin) rMin = r;
                if (r > rMax) rMax = r;
            }
        }
        if (!(cMin <= cMax)) return new Window(0, 0, 0, 0);
        int m = area ? 1 : CellResampler.margin(params.resampling(), scaleX, scaleY);
        Window ext = source.grid().extent();
        // clamp before converting to int: positions far outside the source must not overflow
        double lo = -m - 1, hiC = ext.width() + m + 1.0, hiR = ext.height() + m + 1.0;
        int c0 = (int) Math.floor(Math.max(lo, Math.min(hiC, cMin))) - m;
        int c1 = (int) Math.floor(Math.max(lo, Math.min(hiC, cMax))) + m + 1;
        int r0 = (int) Math.floor(Math.max(lo, Math.min(hiR, rMin))) - m;
        int r1 = (int) Math.floor(Math.max(lo, Math.min(hiR, rMax))) + m + 1;
        return new Window(c0, r0, Math.max(0, c1 - c0), Math.max(0, r1 - r0)).intersect(ext);
    }

    private static List<Window> split(Window w) {
        if (w.width() >= w.height()) {
            int h = w.width() / 2;
            return List.of(new Window(w.col(), w.row(), h, w.height()), new Window(w.col() + h, w.row(), w.width() - h, w.height()));
        }
        int h = w.height() / 2;
        return List.of(new Window(w.col(), w.row(), w.width(), h), new Window(w.col(), w.row() + h, w.width(), w.height() - h));
    }
}
