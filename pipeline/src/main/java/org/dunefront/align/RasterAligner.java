package org.dunefront.align;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dunefront.crs.CrsTransform;
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
 * <p>For a target window: (1) map every target cell centre (or, for AVERAGE/MODE, every cell corner) to a
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
 * <p>Kernel scale: when target cells are coarser than source cells (source/target size ratio below 0.95 along an
 * axis, measured once at the target grid centre), bilinear and cubic kernels are stretched by that ratio as in
 * GDAL's warp kernel; the scale is global, so results never depend on the window.
 *
 * <p>Immutable and thread-safe.
 */
public final class RasterAligner {
    private static final double FULL_SCALE_THRESHOLD = 0.95;

    private final RasterSource source;
    private final GridGeometry target;
    private final AlignParameters params;
    private final PixelMapping mapping;
    private final double scaleX;
    private final double scaleY;

    /**
     * @throws org.dunefront.error.InputDataException when the CRSs cannot be related or the source does not
     *                                               overlap the target grid
     */
    public RasterAligner(RasterSource source, GridGeometry target, AlignParameters params) {
        this.source = Objects.requireNonNull(source);
        this.target = Objects.requireNonNull(target);
        this.params = Objects.requireNonNull(params);
        StudyGrid.requireOverlap(source.grid(), source.name(), target, "the study grid");
        CrsTransform t = CrsTransform.between(target.crs(), source.grid().crs(), "the study grid", source.name());
        this.mapping = new PixelMapping(target.transform(), source.grid().transform(), t, params.maxErrorPixels());
        double[] s = kernelScale();
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

    /** Kernel scale {x, y} of bilinear/cubic, from the Jacobian of the mapping at the target grid centre. */
    private double[] kernelScale() {
        double c = target.width() / 2.0, r = target.height() / 2.0;
        double[] p = {c, r, c + 1, r, c, r + 1};
        mapping.exact(p, 3);
        double dcdc = p[2] - p[0], drdc = p[3] - p[1], dcdr = p[4] - p[0], drdr = p[5] - p[1];
        double sx = 1 / (Math.abs(dcdc) + Math.abs(dcdr)), sy = 1 / (Math.abs(drdc) + Math.abs(drdr));
        if (!Double.isFinite(sx) || sx >= FULL_SCALE_THRESHOLD) sx = 1;
        if (!Double.isFinite(sy) || sy >= FULL_SCALE_THRESHOLD) sy = 1;
        return new double[] {sx, sy};
    }

    /** Aligns band {@code band} (0-based) over {@code window} of the target grid. */
    public RasterBlock align(int band, Window window) throws IOException {
        NoData nd = outputNoData(band);
        RasterBlock out = RasterBlock.filled(outputType(), window, nd);
        alignInto(band, window, out);
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

    private void alignInto(int band, Window w, RasterBlock out) throws IOException {
        boolean area = params.resampling().isAreaMethod();
        int pw = area ? w.width() + 1 : w.width(), ph = area ? w.height() + 1 : w.height();
        double[] sc = new double[pw * ph], sr = new double[pw * ph];
        positions(w, area, pw, ph, sc, sr);
        Window need = sourceWindow(sc, sr, area);
        if (need.isEmpty()) return;
        if (need.cellCount() > params.maxSourceCellsPerChunk() && (w.width() > 1 || w.height() > 1)) {
            for (Window half : split(w)) alignInto(band, half, out);
            return;
        }
        SourceValues values = SourceValues.of(source.read(band, need), source.grid().extent());
        CellResampler k = new CellResampler(values, source.grid().width(), source.grid().height(),
                params.resampling(), scaleX, scaleY);
        boolean integer = !outputType().isFloatingPoint();
        double fill = out.noData().present() ? out.noData().value() : (integer ? 0 : Double.NaN);
        int oc = w.col() - out.window().col(), or = w.row() - out.window().row();
        for (int r = 0; r < w.height(); r++) {
            for (int c = 0; c < w.width(); c++) {
                double v;
                if (area) {
                    int i = r * pw + c, j = (r + 1) * pw + c + 1;
                    v = k.area(sc[i], sr[i], sc[j], sr[j]);
                } else {
                    int i = r * pw + c;
                    v = k.point(sc[i], sr[i]);
                }
                if (Double.isNaN(v)) v = fill;
                else if (integer) v = Math.floor(v + 0.5);
                out.set(oc + c, or + r, v);
            }
        }
    }

    /** Source positions of the window's cell centres (pw × ph) or cell corners ((w+1) × (h+1)). */
    private void positions(Window w, boolean corners, int pw, int ph, double[] sc, double[] sr) {
        double[] scratch = new double[2 * Math.max(pw, 3)];
        int totalPoints = corners ? target.width() + 1 : target.width();
        double colOffset = corners ? 0 : 0.5;
        for (int r = 0; r < ph; r++) {
            double rowPos = w.row() + r + colOffset;
            mapping.row(rowPos, colOffset, totalPoints, w.col(), pw, sc, sr, r * pw, scratch);
        }
    }

    /** The source window covering all finite positions plus the kernel margin, clipped to the source grid. */
    private Window sourceWindow(double[] sc, double[] sr, boolean area) {
        double cMin = Double.POSITIVE_INFINITY, cMax = Double.NEGATIVE_INFINITY;
        double rMin = Double.POSITIVE_INFINITY, rMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sc.length; i++) {
            double c = sc[i], r = sr[i];
            if (!Double.isFinite(c) || !Double.isFinite(r)) continue;
            if (c < cMin) cMin = c;
            if (c > cMax) cMax = c;
            if (r < rMin) rMin = r;
            if (r > rMax) rMax = r;
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
