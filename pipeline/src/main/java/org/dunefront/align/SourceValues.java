package org.dunefront.align;

import org.dunefront.grid.DataType;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;

/**
 * A source window as doubles, NaN marking invalid cells (the band's nodata, and cells outside the source
 * grid, whatever fill value the source returned there). Package-private; not thread-safe (one per chunk).
 */
final class SourceValues {
    final Window window;
    final double[] values;

    private SourceValues(Window window, double[] values) {
        this.window = window;
        this.values = values;
    }

    /** Converts {@code block}; cells outside {@code gridExtent} become NaN. */
    static SourceValues of(RasterBlock block, Window gridExtent) {
        Window w = block.window();
        int n = (int) w.cellCount();
        double[] v = new double[n];
        NoData nd = block.noData();
        if (block instanceof RasterBlock.Bytes b) {
            byte[] d = b.data();
            boolean unsigned = b.type() == DataType.UINT8;
            for (int i = 0; i < n; i++) v[i] = unsigned ? (d[i] & 0xFF) : d[i];
        } else if (block instanceof RasterBlock.Shorts s) {
            short[] d = s.data();
            boolean unsigned = s.type() == DataType.UINT16;
            for (int i = 0; i < n; i++) v[i] = unsigned ? (d[i] & 0xFFFF) : d[i];
        } else if (block instanceof RasterBlock.Ints b) {
            int[] d = b.data();
            for (int i = 0; i < n; i++) v[i] = d[i];
        } else if (block instanceof RasterBlock.Floats f) {
            float[] d = f.data();
            for (int i = 0; i < n; i++) v[i] = d[i];
        } else if (block instanceof RasterBlock.Doubles dd) {
            System.arraycopy(dd.data(), 0, v, 0, n);
        }
        if (nd.present() && !Double.isNaN(nd.value())) {
            double x = nd.value();
            for (int i = 0; i < n; i++) if (v[i] == x) v[i] = Double.NaN;
        }
        if (!gridExtent.contains(w)) {
            for (int r = 0; r < w.height(); r++) {
                int gr = w.row() + r;
                for (int c = 0; c < w.width(); c++) {
                    if (!gridExtent.contains(w.col() + c, gr)) v[r * w.width() + c] = Double.NaN;
                }
            }
        }
        return new SourceValues(w, v);
    }

    /** Value at grid (col, row), NaN when invalid or outside this window. */
    double at(int col, int row) {
        int c = col - window.col(), r = row - window.row();
        if (c < 0 || r < 0 || c >= window.width() || r >= window.height()) return Double.NaN;
        return values[r * window.width() + c];
    }
}
