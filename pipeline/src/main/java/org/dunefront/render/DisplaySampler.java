package org.dunefront.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;

/**
 * Samples a raster band at display resolution, holding only the display grid and one strip per thread, never the
 * raster. The source is read in horizontal strips of whole storage block rows (at least 256 rows), each strip only
 * over the rows the display samples from it (a strip the display skips is not read at all), and the strips are read
 * on up to {@value #MAX_THREADS} threads, so each storage block is decoded once, on all cores, even for rasters far
 * larger than the image (400 M cells at 20000 × 20000). Every display cell is computed by the same expression from
 * the same cells whatever the strip or thread layout, so the result does not depend on them.
 */
final class DisplaySampler {
    /** Threads reading strips at once (each holds one strip of the raster). */
    static final int MAX_THREADS = 4;

    private DisplaySampler() { }

    /** Rows per strip: whole block rows, at least 256 rows (one block row when blocks are taller). */
    static int stripRows(RasterSource src) {
        int bh = Math.max(1, src.blockSize()[1]);
        return Math.max(1, Math.min(src.grid().height(), bh * Math.max(1, (256 + bh - 1) / bh)));
    }

    /** Values of band 0 at the centres of a {@code outW × outH} display grid (nearest cell centre); nodata → NaN. */
    static double[] sample(RasterSource src, int outW, int outH) {
        return sample(src, outW, outH, stripRows(src), threads());
    }

    static double[] sample(RasterSource src, int outW, int outH, int strip, int threads) {
        int gw = src.grid().width(), gh = src.grid().height();
        double[] out = new double[outW * outH];
        int[] colOf = new int[outW];
        for (int i = 0; i < outW; i++) colOf[i] = (int) Math.min(gw - 1, Math.floor((i + 0.5) * gw / outW));
        int[] rowOf = new int[outH];
        for (int j = 0; j < outH; j++) rowOf[j] = (int) Math.min(gh - 1, Math.floor((j + 0.5) * gh / outH));
        int strips = (gh + strip - 1) / strip;
        forEach(strips, threads, s -> {
            int r0 = s * strip, r1 = Math.min(gh, r0 + strip);
            int j0 = firstAtLeast(rowOf, r0), j1 = firstAtLeast(rowOf, r1); // display rows sampled from this strip
            if (j0 >= j1) return;
            int lo = rowOf[j0], hi = rowOf[j1 - 1];
            RasterBlock block = read(src, new Window(0, lo, gw, hi - lo + 1));
            for (int j = j0; j < j1; j++) {
                for (int i = 0; i < outW; i++) {
                    double v = block.get(colOf[i], rowOf[j] - lo);
                    out[j * outW + i] = block.noData().matches(v) ? Double.NaN : v;
                }
            }
        });
        return out;
    }

    /**
     * Bilinear values of band 0 at the centres of a {@code outW × outH} display grid (for continuous
     * data such as elevation, so that upsampled relief stays smooth); a sample touching nodata → NaN.
     * A display row whose two source rows fall in two strips gets its upper row's interpolation from one strip and
     * its lower row's from the next, combined afterwards by the same expression.
     */
    static double[] sampleBilinear(RasterSource src, int outW, int outH) {
        return sampleBilinear(src, outW, outH, stripRows(src), threads());
    }

    static double[] sampleBilinear(RasterSource src, int outW, int outH, int strip, int threads) {
        int gw = src.grid().width(), gh = src.grid().height();
        double[] out = new double[outW * outH];
        int[] x0 = new int[outW], x1 = new int[outW];
        double[] tx = new double[outW];
        for (int i = 0; i < outW; i++) {
            double fx = Math.max(0, Math.min(gw - 1, (i + 0.5) * gw / outW - 0.5));
            x0[i] = (int) Math.floor(fx);
            x1[i] = Math.min(gw - 1, x0[i] + 1);
            tx[i] = fx - x0[i];
        }
        int[] y0 = new int[outH], y1 = new int[outH];
        double[] ty = new double[outH];
        for (int j = 0; j < outH; j++) {
            double fy = Math.max(0, Math.min(gh - 1, (j + 0.5) * gh / outH - 0.5));
            y0[j] = (int) Math.floor(fy);
            y1[j] = Math.min(gh - 1, y0[j] + 1);
            ty[j] = fy - y0[j];
        }
        double[][] top = new double[outH][], bottom = new double[outH][]; // rows straddling two strips
        int strips = (gh + strip - 1) / strip;
        forEach(strips, threads, s -> {
            int r0 = s * strip, r1 = Math.min(gh, r0 + strip);
            int j0 = firstAtLeast(y0, r0), j1 = firstAtLeast(y0, r1);  // display rows whose upper row is here
            int k0 = firstAtLeast(y1, r0), k1 = firstAtLeast(y1, r1);  // ... whose lower row is here
            if (j0 >= j1 && k0 >= k1) return;
            int lo = Math.min(j0 < j1 ? y0[j0] : r1, k0 < k1 ? y1[k0] : r1);
            int hi = Math.max(j0 < j1 ? Math.min(y1[j1 - 1], r1 - 1) : r0, k0 < k1 ? y1[k1 - 1] : r0);
            RasterBlock block = read(src, new Window(0, lo, gw, hi - lo + 1));
            for (int j = j0; j < j1; j++) {
                int ra = y0[j] - lo;
                if (y1[j] < r1) {
                    int rc = y1[j] - lo;
                    for (int i = 0; i < outW; i++) {
                        double a = value(block, x0[i], ra), b = value(block, x1[i], ra);
                        double c = value(block, x0[i], rc), d = value(block, x1[i], rc);
                        out[j * outW + i] = (a * (1 - tx[i]) + b * tx[i]) * (1 - ty[j]) + (c * (1 - tx[i]) + d * tx[i]) * ty[j];
                    }
                } else {
                    double[] t = new double[outW];
                    for (int i = 0; i < outW; i++) {
                        double a = value(block, x0[i], ra), b = value(block, x1[i], ra);
                        t[i] = a * (1 - tx[i]) + b * tx[i];
                    }
                    top[j] = t;
                }
            }
            for (int j = k0; j < k1; j++) {
                if (y0[j] >= r0) continue; // both rows here: done above
                int rc = y1[j] - lo;
                double[] t = new double[outW];
                for (int i = 0; i < outW; i++) {
                    double c = value(block, x0[i], rc), d = value(block, x1[i], rc);
                    t[i] = c * (1 - tx[i]) + d * tx[i];
                }
                bottom[j] = t;
            }
        });
        for (int j = 0; j < outH; j++) {
            if (top[j] == null) continue;
            for (int i = 0; i < outW; i++) out[j * outW + i] = top[j][i] * (1 - ty[j]) + bottom[j][i] * ty[j];
        }
        return out;
    }

    /** The first index whose value is at least {@code v} in a non-decreasing array (its length when none). */
    private static int firstAtLeast(int[] sorted, int v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int threads() {
        return Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /** Runs {@code task(0 .. n-1)} on up to {@code threads} threads; rethrows the first failure. */
    private static void forEach(int n, int threads, IntConsumer task) {
        int t = Math.max(1, Math.min(threads, n));
        if (t == 1) {
            for (int s = 0; s < n; s++) task.accept(s);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "map-sampler");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                int strip = s;
                done.add(pool.submit(() -> task.accept(strip)));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while sampling the map", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    if (e.getCause() instanceof Error er) throw er;
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double value(RasterBlock b, int c, int r) {
        double v = b.get(c, r);
        return b.noData().matches(v) ? Double.NaN : v;
    }

    private static RasterBlock read(RasterSource src, Window w) {
        try {
            return src.read(0, w);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + src.name() + " for the map", e);
        }
    }
}
