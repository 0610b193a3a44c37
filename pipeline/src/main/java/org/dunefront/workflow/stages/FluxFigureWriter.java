package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.file.Path;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.grid.Window;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.io.image.MapImageFiles;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.legend.Legend;
import org.dunefront.render.FluxVectorFigure;
import org.dunefront.render.Hillshade;
import org.dunefront.wind.DownscaleWeights;
import org.dunefront.wind.WindRegimeField;
import org.dunefront.wind.WindRegimeGrid;
import org.dunefront.workflow.StageContext;

/**
 * Draws {@link DriftOutputs#FIGURE}: the annual potential flux over the shaded land cover of the ingest
 * stage. A grid wider than the figure ({@value #WIDTH_PX} px) is drawn from every f-th cell along each
 * axis (f = ⌈width / {@value #WIDTH_PX}⌉; the cell nearest each block centre): land cover and hillshade
 * are read only on the drawn rows (strips of rows on the worker threads), the flux is downscaled from the native regime at those cells only, so a
 * 20000 × 20000 grid costs a few hundred MB, not whole-grid copies. Up to {@value #WIDTH_PX} cells
 * across (f = 1) every cell is drawn.
 */
final class FluxFigureWriter {
    static final int WIDTH_PX = 900;
    static final int ARROWS_ACROSS = 24;

    private FluxFigureWriter() { }

    static void write(StageContext ctx, Path ingest, GridGeometry grid, WindRegimeGrid nativeRegime,
                      GeoTransform nativeInStudyCrs, int stripRows, TiledExecutor exec, ProgressListener progress,
                      Path png) throws IOException {
        Legend legend = StageLegend.of(ctx.run());
        int f = Math.max(1, (grid.width() + WIDTH_PX - 1) / WIDTH_PX), off = f / 2;
        int w = (grid.width() - 1 - off) / f + 1, h = (grid.height() - 1 - off) / f + 1;
        int[] argb = new int[w * h];
        byte[] shade = new byte[w * h];
        boolean[] inside = new boolean[w * h];
        try (RasterSource lc = ctx.run().rasters().open(ingest.resolve(IngestOutputs.LANDCOVER));
             RasterSource dem = ctx.run().rasters().open(ingest.resolve(IngestOutputs.DEM))) {
            exec.run(new TileScheme(grid.width(), grid.height(), grid.width(), stripRows), strip -> {
                int first = Math.max(0, (strip.row() - off + f - 1) / f);
                if (first * f + off >= strip.endRow()) return;
                for (int r = first; r < h && r * f + off < strip.endRow(); r++) {
                    int row = r * f + off;
                    Window line = new Window(0, row, grid.width(), 1);
                    // only the drawn row (and the DEM's rows beside it for the shading) is copied out of the
                    // block cache: at 20000 columns and f = 23 that is 1/23 of the strip's cells
                    RasterBlock codes = lc.read(0, line);
                    RasterBlock z = dem.read(0, line.expand(1));
                    byte[] lineShade = Hillshade.shade(z, line, grid.cellSizeX(), grid.cellSizeY(), 315, 45, 1);
                    for (int c = 0; c < w; c++) {
                        int col = c * f + off, i = r * w + c;
                        inside[i] = !codes.isNoData(col, 0);
                        int code = (int) codes.get(col, 0) & 0xFF;
                        argb[i] = legend.byCode(code).map(LandCoverClass::argb).orElse(0);
                        shade[i] = lineShade[col];
                    }
                }
            }, progress, "flux vector figure");
        }
        GeoTransform t = grid.transform();
        if (f > 1) {
            double a = off + 0.5 - f / 2.0;
            t = new GeoTransform(t.x(a, a), f * t.pixelWidth(), f * t.rowRotation(), t.y(a, a), f * t.colRotation(),
                    f * t.pixelHeight());
        }
        DownscaleWeights weights = DownscaleWeights.of(nativeRegime.window(), nativeInStudyCrs, t, new Window(0, 0, w, h));
        float[] qx = weights.apply(nativeRegime.layer(WindRegimeField.QX_M3_PER_M_YR));
        float[] qy = weights.apply(nativeRegime.layer(WindRegimeField.QY_M3_PER_M_YR));
        StudyTile.mask(qx, inside);
        StudyTile.mask(qy, inside);
        int stride = Math.max(1, (int) Math.ceil(w / (double) ARROWS_ACROSS));
        var req = new FluxVectorFigure.Request(w, h, argb, shade, qx, qy, grid.cellSizeX() * f,
                "Annual potential sand flux (" + ctx.run().config().drift().transportLaw().name() + "), arrows toward");
        MapImageFiles.writePng(FluxVectorFigure.render(req, WIDTH_PX, stride), png);
    }
}
