package org.dunefront.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/**
 * The map's display sampling, read in strips on several threads, equals the formulas evaluated on the whole raster
 * (nearest cell centre; bilinear with NaN for nodata) bit for bit, for down- and upsampling, any strip height and thread
 * count, including display rows whose two bilinear source rows fall in two strips; strips the display skips are not read.
 */
class DisplaySamplerTest {
    private static final float NODATA = -9999f;

    /** An in-memory float raster that records the windows read. */
    private static final class Recording implements RasterSource {
        final MemoryRaster m;
        final List<Window> reads = new ArrayList<>();

        Recording(int w, int h, float[] values) {
            GridGeometry g = GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 0, 30, 30, w, h);
            m = MemoryRaster.single("r", g, DataType.FLOAT32, NoData.of(NODATA));
            RasterBlock.Floats b = (RasterBlock.Floats) RasterBlock.create(DataType.FLOAT32, g.extent(), NoData.of(NODATA));
            System.arraycopy(values, 0, b.data(), 0, values.length);
            m.write(0, b);
        }

        @Override public String name() { return "r"; }
        @Override public GridGeometry grid() { return m.grid(); }
        @Override public int bandCount() { return 1; }
        @Override public DataType dataType() { return DataType.FLOAT32; }
        @Override public BandInfo bandInfo(int band) { return m.bandInfo(band); }
        @Override public int[] blockSize() { return new int[] {4, 3}; }
        @Override public RasterBlock read(int band, Window window) {
            synchronized (reads) {
                reads.add(window);
            }
            return m.read(band, window);
        }
        @Override public void close() { }
    }

    private static double cell(float[] v, int w, int c, int r) {
        float x = v[r * w + c];
        return x == NODATA ? Double.NaN : x;
    }

    private static double[] nearest(float[] v, int gw, int gh, int outW, int outH) {
        double[] out = new double[outW * outH];
        for (int j = 0; j < outH; j++) {
            int r = (int) Math.min(gh - 1, Math.floor((j + 0.5) * gh / outH));
            for (int i = 0; i < outW; i++) {
                int c = (int) Math.min(gw - 1, Math.floor((i + 0.5) * gw / outW));
                out[j * outW + i] = cell(v, gw, c, r);
            }
        }
        return out;
    }

    private static double[] bilinear(float[] v, int gw, int gh, int outW, int outH) {
        double[] out = new double[outW * outH];
        for (int j = 0; j < outH; j++) {
            double fy = Math.max(0, Math.min(gh - 1, (j + 0.5) * gh / outH - 0.5));
            int y0 = (int) Math.floor(fy), y1 = Math.min(gh - 1, y0 + 1);
            double ty = fy - y0;
            for (int i = 0; i < outW; i++) {
                double fx = Math.max(0, Math.min(gw - 1, (i + 0.5) * gw / outW - 0.5));
                int x0 = (int) Math.floor(fx), x1 = Math.min(gw - 1, x0 + 1);
                double tx = fx - x0;
                double a = cell(v, gw, x0, y0), b = cell(v, gw, x1, y0), c = cell(v, gw, x0, y1), d = cell(v, gw, x1, y1);
                out[j * outW + i] = (a * (1 - tx) + b * tx) * (1 - ty) + (c * (1 - tx) + d * tx) * ty;
            }
        }
        return out;
    }

    @Test
    void stripsOnSeveralThreadsEqualTheWholeRasterFormulas() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 60; trial++) {
            int gw = 1 + rnd.nextInt(50), gh = 1 + rnd.nextInt(50), outW = 1 + rnd.nextInt(40), outH = 1 + rnd.nextInt(40);
            float[] v = new float[gw * gh];
            for (int k = 0; k < v.length; k++) v[k] = rnd.nextInt(12) == 0 ? NODATA : rnd.nextFloat() * 1000 - 200;
            Recording src = new Recording(gw, gh, v);
            int strip = 1 + rnd.nextInt(gh + 2), threads = 1 + rnd.nextInt(3);
            String at = "trial " + trial + ": " + gw + "x" + gh + " → " + outW + "x" + outH + " strip " + strip + " threads " + threads;
            assertArrayEquals(nearest(v, gw, gh, outW, outH), DisplaySampler.sample(src, outW, outH, strip, threads), at);
            assertArrayEquals(bilinear(v, gw, gh, outW, outH), DisplaySampler.sampleBilinear(src, outW, outH, strip, threads), at);
            assertArrayEquals(bilinear(v, gw, gh, outW, outH), DisplaySampler.sampleBilinear(src, outW, outH), at + " (defaults)");
        }
    }

    /** 100 rows shown as 4 display rows (rows 12, 37, 62, 87) in strips of 10: only 4 strips are read, one row each. */
    @Test
    void stripsWithoutDisplayRowsAreNotRead() {
        Recording src = new Recording(5, 100, new float[500]);
        DisplaySampler.sample(src, 5, 4, 10, 1);
        assertEquals(List.of(new Window(0, 12, 5, 1), new Window(0, 37, 5, 1), new Window(0, 62, 5, 1), new Window(0, 87, 5, 1)),
                src.reads);
    }

    @Test
    void stripsAreWholeBlockRowsOfAtLeast256Rows() {
        Recording src = new Recording(5, 1000, new float[5000]);
        assertEquals(258, DisplaySampler.stripRows(src), "blocks of 3 rows: 86 block rows");
        assertTrue(DisplaySampler.stripRows(new Recording(5, 7, new float[35])) == 7, "never more than the grid");
    }
}
