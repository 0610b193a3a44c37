package org.dunefront.terrain;

import java.util.Objects;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;

/**
 * Winstral, Elder &amp; Davis (2002) shelter index Sx for every wind sector at one distance scale:
 * sector k is searched along rays toward k·360/S (the azimuth the wind blows FROM), ± the fan of
 * {@link ShelterIndexParams}, exactly as {@link ShelterIndexOp} does for one azimuth.
 *
 * <p><b>Regional scale on a block-averaged DEM.</b> With {@code blockCells} B &gt; 1 the DEM is first
 * averaged over B×B blocks aligned to the grid origin (nodata cells left out; a block without data is
 * nodata), Sx is computed on that coarse grid and each fine cell takes its block's value. Mountain
 * blocking is set by terrain kilometres upwind and many cells wide; the 30 m detail near a cell is the local
 * scale's job, which stays on the DEM itself. Wind-redistribution models resolve terrain sheltering on grids
 * of 25–100 m (Quéno et al. 2024, The Cryosphere 18:3533; Winstral, Marks &amp; Gurney 2013, Advances in Water
 * Resources 55:64–79, apply Winstral's terrain parameters at basin scale for that reason: they are cheap).
 * A 120 m block on a 30 m DEM still samples a 3 km search 25 times per ray and costs 1/B³ of the fine search.
 *
 * <p>Tile op: {@code demWithHalo} must cover {@code out} grown by {@link SectorShelterParams#haloCells};
 * any tiling gives bit-identical results because blocks are aligned to the grid, not to the tile.
 * On square cells with B = 1, a DEM turned by 90° clockwise gives sector (k + S/4) mod S equal,
 * bit for bit, to sector k of the original turned the same way.
 */
public final class SectorShelterOp {
    private SectorShelterOp() {
    }

    /**
     * @param demWithHalo elevations (m) covering {@code out} plus the halo; cells outside the grid nodata
     * @param out         output window (grid coordinates)
     * @param cellSizeXM  cell width, m
     * @param cellSizeYM  cell height, m (rows increase southward)
     * @param compute     which sectors to compute (length S); the others are {@code null} in the result
     */
    public static ShelterBySector run(RasterBlock demWithHalo, Window out, double cellSizeXM, double cellSizeYM,
                                      SectorShelterParams p, boolean[] compute) {
        Objects.requireNonNull(p);
        if (compute.length != p.sectors()) {
            throw new IllegalArgumentException("compute has " + compute.length + " flags for " + p.sectors() + " sectors");
        }
        if (!(cellSizeXM > 0 && cellSizeYM > 0)) throw new IllegalArgumentException("cell sizes must be > 0");
        int halo = p.haloCells(cellSizeXM, cellSizeYM);
        Window in = demWithHalo.window();
        if (!in.contains(out.expand(halo))) {
            throw new IllegalArgumentException("DEM block " + in + " must cover " + out + " plus a halo of " + halo + " cells");
        }
        float[][] sx = new float[p.sectors()][];
        if (p.blockCells() == 1) {
            double[] z = ShelterIndexOp.toDoubles(demWithHalo);
            for (int k = 0; k < sx.length; k++) {
                if (!compute[k]) continue;
                sx[k] = ShelterIndexOp.sx(z, in, out, ShelterRays.of(p.fromDeg(k), p.scale(), cellSizeXM, cellSizeYM)).data();
            }
            return new ShelterBySector(out, sx);
        }
        int b = p.blockCells();
        Window coarseOut = coarseCover(out, b);
        Window coarseIn = coarseOut.expand(p.scale().haloCells(cellSizeXM * b, cellSizeYM * b));
        double[] zc = blockMean(ShelterIndexOp.toDoubles(demWithHalo), in, coarseIn, b);
        for (int k = 0; k < sx.length; k++) {
            if (!compute[k]) continue;
            float[] coarse = ShelterIndexOp.sx(zc, coarseIn, coarseOut,
                    ShelterRays.of(p.fromDeg(k), p.scale(), cellSizeXM * b, cellSizeYM * b)).data();
            sx[k] = expand(coarse, coarseOut, out, b);
        }
        return new ShelterBySector(out, sx);
    }

    /** The coarse cells (blocks of b×b aligned to the grid origin) that cover {@code w}. */
    static Window coarseCover(Window w, int b) {
        int c0 = Math.floorDiv(w.col(), b), r0 = Math.floorDiv(w.row(), b);
        int c1 = Math.floorDiv(w.col() + w.width() - 1, b), r1 = Math.floorDiv(w.row() + w.height() - 1, b);
        return new Window(c0, r0, c1 - c0 + 1, r1 - r0 + 1);
    }

    /** Mean of the valid cells of each block of {@code coarse} (NaN when none), summed in row order. */
    private static double[] blockMean(double[] z, Window in, Window coarse, int b) {
        double[] out = new double[(int) coarse.cellCount()];
        int iw = in.width();
        for (int cr = 0; cr < coarse.height(); cr++) {
            for (int cc = 0; cc < coarse.width(); cc++) {
                int fr0 = (coarse.row() + cr) * b - in.row(), fc0 = (coarse.col() + cc) * b - in.col();
                double sum = 0;
                int n = 0;
                for (int r = fr0; r < fr0 + b; r++) {
                    for (int c = fc0; c < fc0 + b; c++) {
                        double v = z[r * iw + c];
                        if (!Double.isNaN(v)) {
                            sum += v;
                            n++;
                        }
                    }
                }
                out[cr * coarse.width() + cc] = n == 0 ? Double.NaN : sum / n;
            }
        }
        return out;
    }

    /** Each fine cell of {@code out} takes the value of the block it lies in. */
    private static float[] expand(float[] coarse, Window coarseWin, Window out, int b) {
        float[] res = new float[(int) out.cellCount()];
        for (int r = 0; r < out.height(); r++) {
            int cr = Math.floorDiv(out.row() + r, b) - coarseWin.row();
            for (int c = 0; c < out.width(); c++) {
                int cc = Math.floorDiv(out.col() + c, b) - coarseWin.col();
                res[r * out.width() + c] = coarse[cr * coarseWin.width() + cc];
            }
        }
        return res;
    }
}
