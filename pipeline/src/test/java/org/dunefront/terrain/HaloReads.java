package org.dunefront.terrain;

import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;

/** Test fixture: a window of an in-memory DEM read the way a halo read behaves (NaN outside the grid). */
final class HaloReads {
    private HaloReads() { }

    /** The grid {@code z} ({@code gw} × {@code gh}, row-major) read over {@code w}, NaN outside the grid. */
    static RasterBlock.Floats read(float[] z, int gw, int gh, Window w) {
        float[] a = new float[(int) w.cellCount()];
        for (int r = 0; r < w.height(); r++) {
            for (int c = 0; c < w.width(); c++) {
                int gc = w.col() + c, gr = w.row() + r;
                a[r * w.width() + c] = gc < 0 || gr < 0 || gc >= gw || gr >= gh ? Float.NaN : z[gr * gw + gc];
            }
        }
        return new RasterBlock.Floats(w, NoData.NAN, a);
    }
}
