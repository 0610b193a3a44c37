package org.dunefront.workflow.stages;

import java.io.IOException;
import org.dunefront.grid.Window;
import org.dunefront.transport.BlockAggregator;
import org.dunefront.transport.StepLength;
import org.dunefront.workflow.StageContext;

/**
 * The transport model's forcing as the migrate stage and the plan stage's tipping-point re-runs both build
 * it from the drift outputs: the native-grid monthly potential flux downscaled onto the study grid and
 * averaged into model steps, nodata flux as zero (the bed and other layers: {@link ModelLayers}).
 */
final class TransportForcing {
    private TransportForcing() { }

    /**
     * The potential-flux fields of one model year on the model grid of {@code agg}: 1 (no time axis) or one
     * per step (months, or quarters averaged weighted by their wind steps), downscaled from the drift stage's
     * native-grid monthly flux ({@link NativeMonthlyFlux}, NaN outside the AOI), NaN as 0, block means when the
     * model grid is coarser (from {@link LinearForcing} when it applies, exactly as {@link StudyGridPass} computes
     * them, so the plan stage's no-action run reproduces the migrate stage's). Built in strips of study rows (about {@link NativeMonthlyFlux#WINDOW_CELLS} cells,
     * a multiple of the block factor) and written to a {@link FluxScratchFile}, which the caller closes.
     */
    static FluxScratchFile forcing(StageContext ctx, StepLength step, BlockAggregator agg) throws IOException {
        try (NativeMonthlyFlux flux = NativeMonthlyFlux.open(ctx, step)) {
            int periods = flux.periods;
            int w = flux.study().width(), h = flux.study().height(), mw = agg.modelWidth();
            FluxScratchFile out = new FluxScratchFile(periods, mw * agg.modelHeight());
            try {
                int strip = agg.stripRows(flux.rowsPerWindow());
                float[] mx = new float[mw * (strip / agg.factor())], my = new float[mx.length];
                LinearForcing linear = agg.factor() > 1 ? LinearForcing.of(flux) : null;
                float[][][] block = linear == null ? null : new float[periods][2][mx.length];
                for (int row0 = 0; row0 < h; row0 += strip) {
                    int rows = agg.rowsOf(row0, strip);
                    if (linear != null) { // the block means of StudyGridPass, value for value
                        Window win = new Window(0, row0, w, rows);
                        linear.blockMeans(flux.cells(win), flux.inside(win), w, rows, agg.factor(), mw, 0, block);
                        int mr0 = row0 / agg.factor(), mrows = (rows + agg.factor() - 1) / agg.factor();
                        for (int s = 0; s < periods; s++) {
                            out.write(s, 0, mr0 * mw, block[s][0], mrows * mw);
                            out.write(s, 1, mr0 * mw, block[s][1], mrows * mw);
                        }
                        continue;
                    }
                    NativeMonthlyFlux.Prepared win = flux.prepare(new Window(0, row0, w, rows));
                    for (int s = 0; s < periods; s++) {
                        float[][] f = win.period(s);
                        float[] fx = f[0], fy = f[1];
                        int mr0 = row0 / agg.factor(), mrows = (rows + agg.factor() - 1) / agg.factor();
                        if (agg.factor() == 1) {
                            out.write(s, 0, row0 * w, fx, fx.length);
                            out.write(s, 1, row0 * w, fy, fy.length);
                        } else {
                            agg.mean(fx, 0, rows, mx); // model rows of this strip only, from index 0
                            agg.mean(fy, 0, rows, my);
                            out.write(s, 0, mr0 * mw, mx, mrows * mw);
                            out.write(s, 1, mr0 * mw, my, mrows * mw);
                        }
                    }
                }
                return out;
            } catch (IOException | RuntimeException e) {
                out.close();
                throw e;
            }
        }
    }

}
