package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.transport.FluxField;
import org.dunefront.transport.StepLength;
import org.dunefront.workflow.StageContext;

/**
 * The transport model's forcing and bed as the migrate stage and the plan stage's tipping-point re-runs
 * both read them from the drift and ingest outputs: monthly potential flux averaged into model steps,
 * nodata flux as zero, DEM nodata filled with the mean elevation.
 */
final class TransportForcing {
    private TransportForcing() { }

    /** The potential-flux fields of one model year: 1 (no time axis) or one per step (months, or quarters). */
    static List<FluxField> forcing(StageContext ctx, Path qxFile, Path qyFile, StepLength step) throws IOException {
        try (RasterSource xs = ctx.run().rasters().open(qxFile); RasterSource ys = ctx.run().rasters().open(qyFile)) {
            int bands = xs.bandCount();
            List<float[]> qx = new ArrayList<>(), qy = new ArrayList<>();
            List<Double> weight = new ArrayList<>();
            for (int b = 0; b < bands; b++) {
                qx.add(zeroNaN(floats(xs.read(b, xs.grid().extent()))));
                qy.add(zeroNaN(floats(ys.read(b, ys.grid().extent()))));
                String steps = xs.bandInfo(b).metadata().getOrDefault("steps", "1");
                weight.add(Double.parseDouble(steps));
            }
            List<FluxField> out = new ArrayList<>();
            if (bands != 12) {
                out.add(new FluxField(qx.get(0), qy.get(0)));
                return out;
            }
            int per = 12 / step.stepsPerYear();
            for (int s = 0; s < step.stepsPerYear(); s++) {
                int n = qx.get(0).length;
                double[] ax = new double[n], ay = new double[n];
                double wsum = 0;
                for (int m = s * per; m < (s + 1) * per; m++) {
                    double w = weight.get(m);
                    wsum += w;
                    for (int i = 0; i < n; i++) {
                        ax[i] += w * qx.get(m)[i];
                        ay[i] += w * qy.get(m)[i];
                    }
                }
                float[] fx = new float[n], fy = new float[n];
                for (int i = 0; i < n; i++) {
                    fx[i] = (float) (ax[i] / wsum);
                    fy[i] = (float) (ay[i] / wsum);
                }
                out.add(new FluxField(fx, fy));
            }
            return out;
        }
    }

    static float[] floats(RasterBlock b) {
        float[] out = new float[b.width() * b.height()];
        for (int r = 0; r < b.height(); r++) {
            for (int c = 0; c < b.width(); c++) {
                double v = b.get(c, r);
                out[r * b.width() + c] = b.noData().matches(v) ? Float.NaN : (float) v;
            }
        }
        return out;
    }

    static float[] zeroNaN(float[] a) {
        for (int i = 0; i < a.length; i++) if (Float.isNaN(a[i])) a[i] = 0f;
        return a;
    }

    /** DEM nodata → mean of the valid elevations (the slip-face rule needs a bed everywhere). */
    static float[] filled(float[] z) {
        double s = 0;
        int n = 0;
        for (float v : z) if (Float.isFinite(v)) { s += v; n++; }
        float mean = n == 0 ? 0f : (float) (s / n);
        for (int i = 0; i < z.length; i++) if (!Float.isFinite(z[i])) z[i] = mean;
        return z;
    }

}
