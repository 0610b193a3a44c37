package org.dunefront.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;

/**
 * Samples a raster band at display resolution (nearest cell centre), reading the source in
 * horizontal strips of its natural block height so that each storage block is decoded once even
 * for rasters far larger than the image.
 */
final class DisplaySampler {
    private DisplaySampler() { }

    /** Values of band 0 at the centres of a {@code outW × outH} display grid; nodata → NaN. */
    static double[] sample(RasterSource src, int outW, int outH) {
        int gw = src.grid().width(), gh = src.grid().height();
        double[] out = new double[outW * outH];
        int strip = Math.max(1, Math.min(gh, src.blockSize()[1] * Math.max(1, 256 / Math.max(1, src.blockSize()[1]))));
        int[] colOf = new int[outW];
        for (int i = 0; i < outW; i++) colOf[i] = (int) Math.min(gw - 1, Math.floor((i + 0.5) * gw / outW));
        int j = 0;
        for (int r0 = 0; r0 < gh && j < outH; r0 += strip) {
            int rows = Math.min(strip, gh - r0);
            RasterBlock block = null;
            for (; j < outH; j++) {
                int gr = (int) Math.min(gh - 1, Math.floor((j + 0.5) * gh / outH));
                if (gr >= r0 + rows) break;
                if (block == null) block = read(src, new Window(0, r0, gw, rows));
                for (int i = 0; i < outW; i++) {
                    double v = block.get(colOf[i], gr - r0);
                    out[j * outW + i] = block.noData().matches(v) ? Double.NaN : v;
                }
            }
        }
        return out;
    }

    /**
     * Bilinear values of band 0 at the centres of a {@code outW × outH} display grid (for continuous
     * data such as elevation, so that upsampled relief stays smooth); a sample touching nodata → NaN.
     */
    static double[] sampleBilinear(RasterSource src, int outW, int outH) {
        int gw = src.grid().width(), gh = src.grid().height();
        double[] out = new double[outW * outH];
        int strip = Math.max(2, Math.min(gh, Math.max(256, src.blockSize()[1])));
        int j = 0;
        for (int r0 = 0; r0 < gh && j < outH; r0 += strip - 1) {
            int rows = Math.min(strip, gh - r0);
            RasterBlock block = null;
            for (; j < outH; j++) {
                double fy = Math.max(0, Math.min(gh - 1, (j + 0.5) * gh / outH - 0.5));
                int y0 = (int) Math.floor(fy);
                int y1 = Math.min(gh - 1, y0 + 1);
                if (y1 >= r0 + rows && r0 + rows < gh) break;
                if (block == null) block = read(src, new Window(0, r0, gw, rows));
                double ty = fy - y0;
                for (int i = 0; i < outW; i++) {
                    double fx = Math.max(0, Math.min(gw - 1, (i + 0.5) * gw / outW - 0.5));
                    int x0 = (int) Math.floor(fx);
                    int x1 = Math.min(gw - 1, x0 + 1);
                    double tx = fx - x0;
                    double a = value(block, x0, y0 - r0), b = value(block, x1, y0 - r0);
                    double c = value(block, x0, y1 - r0), d = value(block, x1, y1 - r0);
                    out[j * outW + i] = (a * (1 - tx) + b * tx) * (1 - ty) + (c * (1 - tx) + d * tx) * ty;
                }
            }
        }
        return out;
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
