package org.dunefront.terrain;

/**
 * The sample table of one Winstral Sx search (Winstral, Elder &amp; Davis 2002): a fan of rays around
 * the azimuth the wind blows FROM, samples every {@code sampleStepM} up to {@code maxDistanceM},
 * each sample a bilinear combination of four cells around a point between cell centres. Built once
 * per azimuth and reused for every cell of a block.
 *
 * <p><b>Rotation-exact.</b> A 90° turn of the grid (square cells) must permute the sectors exactly,
 * so nothing here may depend on which axis is which or on the sign of an offset:
 * <ul>
 *   <li>the ray's unit vector comes from the azimuth's remainder within its quadrant, turned by whole
 *       quadrants by swapping and negating (exact), never from {@code sin(az)} of the full angle;</li>
 *   <li>the bilinear weights use the absolute offsets |Δcol|, |Δrow| and the corners are picked on the
 *       offset's side, so a mirrored offset gives bit-identical weights;</li>
 *   <li>the four weighted elevation differences are summed as (near·near + far·far) + (far·near +
 *       near·far): swapping the axes only swaps two operands of a commutative addition;</li>
 *   <li>the interpolated quantity is the difference z − z0 (a flat DEM gives exactly 0).</li>
 * </ul>
 * Corners with weight 0 are not read, so a nodata cell only spoils samples that use it.
 */
final class ShelterRays {
    private final int count;
    private final int[] nearCol, nearRow, farCol, farRow;
    private final double[] w00, w10, w01, w11, invDist;

    private ShelterRays(int count) {
        this.count = count;
        nearCol = new int[count];
        nearRow = new int[count];
        farCol = new int[count];
        farRow = new int[count];
        w00 = new double[count];
        w10 = new double[count];
        w01 = new double[count];
        w11 = new double[count];
        invDist = new double[count];
    }

    /**
     * @param fromAzimuthDeg azimuth the wind blows FROM (the rays point there), degrees clockwise from north
     * @param cellSizeXM     cell width, m
     * @param cellSizeYM     cell height, m (rows increase southward)
     */
    static ShelterRays of(double fromAzimuthDeg, ShelterIndexParams p, double cellSizeXM, double cellSizeYM) {
        double step = p.sampleStepM() > 0 ? p.sampleStepM() : Math.min(cellSizeXM, cellSizeYM);
        int samples = (int) Math.floor(p.maxDistanceM() / step + 1e-9);
        int fanHalf = (int) Math.floor(p.fanHalfWidthDeg() / p.fanStepDeg() + 1e-9);
        ShelterRays t = new ShelterRays((2 * fanHalf + 1) * samples);
        int i = 0;
        for (int j = -fanHalf; j <= fanHalf; j++) {
            double[] en = unitVector(fromAzimuthDeg + j * p.fanStepDeg());
            for (int k = 0; k < samples; k++, i++) {
                double s = (k + 1) * step;
                t.set(i, snap(s * en[0] / cellSizeXM), snap(-s * en[1] / cellSizeYM), s);
            }
        }
        return t;
    }

    private void set(int i, double fc, double fr, double dist) {
        double ac = Math.abs(fc), ar = Math.abs(fr);
        int ic = (int) Math.floor(ac), ir = (int) Math.floor(ar);
        double tc = ac - ic, tr = ar - ir;
        int sc = fc < 0 ? -1 : 1, sr = fr < 0 ? -1 : 1;
        nearCol[i] = sc * ic;
        farCol[i] = sc * (ic + 1);
        nearRow[i] = sr * ir;
        farRow[i] = sr * (ir + 1);
        w00[i] = (1 - tc) * (1 - tr);
        w10[i] = tc * (1 - tr);
        w01[i] = (1 - tc) * tr;
        w11[i] = tc * tr;
        invDist[i] = 1.0 / dist;
    }

    /**
     * tan of Sx at cell (ic, ir) of the row-major array {@code z} (width {@code w}, NaN = nodata):
     * max over the samples of (z_d − z0)/d; −∞ when no sample is valid. The definition, one cell at a time;
     * the ops use {@link #maxTanRow}, which gives the same bits for a whole row faster (tests compare the two).
     */
    double maxTan(double[] z, int w, int ic, int ir, double z0) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            int r0 = (ir + nearRow[i]) * w, r1 = (ir + farRow[i]) * w;
            int c0 = ic + nearCol[i], c1 = ic + farCol[i];
            double a = term(w00[i], z, r0 + c0, z0), b = term(w11[i], z, r1 + c1, z0);
            double c = term(w10[i], z, r0 + c1, z0), d = term(w01[i], z, r1 + c0, z0);
            double t = ((a + b) + (c + d)) * invDist[i];
            if (t > best) best = t; // NaN (a nodata corner) never wins
        }
        return best;
    }

    private static double term(double weight, double[] z, int idx, double z0) {
        return weight == 0 ? 0 : weight * (z[idx] - z0);
    }

    /**
     * {@link #maxTan} for {@code n} consecutive cells of one row at once, sample by sample (the loop over cells
     * is innermost: contiguous loads, no per-corner branch): {@code best[j]} = maxTan of cell ({@code ic0 + j},
     * {@code ir}). Bit-identical to {@link #maxTan} cell by cell: every cell sees the same samples in the same
     * order through the same expression, and the same "strictly greater wins" rule (so NaN never wins and the
     * first of two equal zeros is kept). A corner of weight 0 contributes {@code term} = +0.0 without being read;
     * here it is read at the cell itself, and 0 · (z0 − z0) = 0 · (+0.0) = +0.0 as well for finite z0 (a NaN z0
     * makes every sample NaN, so the cell stays −∞, as before).
     */
    void maxTanRow(double[] z, int w, int ic0, int ir, int n, double[] best) {
        java.util.Arrays.fill(best, 0, n, Double.NEGATIVE_INFINITY);
        int base = ir * w + ic0;
        int i = 0;
        // Two samples per sweep over the row: half the loads and stores of best[] and z0, the same comparisons in the
        // same order per cell (sample i, then i + 1), so the same bits as one sample per sweep.
        for (; i + 1 < count; i += 2) {
            double a00 = w00[i], a11 = w11[i], a10 = w10[i], a01 = w01[i], inv = invDist[i];
            int p00 = base + corner(a00, nearRow[i], nearCol[i], w);
            int p11 = base + corner(a11, farRow[i], farCol[i], w);
            int p10 = base + corner(a10, nearRow[i], farCol[i], w);
            int p01 = base + corner(a01, farRow[i], nearCol[i], w);
            int k = i + 1;
            double b00 = w00[k], b11 = w11[k], b10 = w10[k], b01 = w01[k], invB = invDist[k];
            int q00 = base + corner(b00, nearRow[k], nearCol[k], w);
            int q11 = base + corner(b11, farRow[k], farCol[k], w);
            int q10 = base + corner(b10, nearRow[k], farCol[k], w);
            int q01 = base + corner(b01, farRow[k], nearCol[k], w);
            for (int j = 0; j < n; j++) {
                double z0 = z[base + j];
                double t = ((a00 * (z[p00 + j] - z0) + a11 * (z[p11 + j] - z0))
                        + (a10 * (z[p10 + j] - z0) + a01 * (z[p01 + j] - z0))) * inv;
                double u = ((b00 * (z[q00 + j] - z0) + b11 * (z[q11 + j] - z0))
                        + (b10 * (z[q10 + j] - z0) + b01 * (z[q01 + j] - z0))) * invB;
                double b = best[j];
                b = t > b ? t : b; // NaN (a nodata corner or cell) never wins
                best[j] = u > b ? u : b;
            }
        }
        for (; i < count; i++) {
            double a00 = w00[i], a11 = w11[i], a10 = w10[i], a01 = w01[i], inv = invDist[i];
            int p00 = base + corner(a00, nearRow[i], nearCol[i], w);
            int p11 = base + corner(a11, farRow[i], farCol[i], w);
            int p10 = base + corner(a10, nearRow[i], farCol[i], w);
            int p01 = base + corner(a01, farRow[i], nearCol[i], w);
            for (int j = 0; j < n; j++) {
                double z0 = z[base + j];
                double t = ((a00 * (z[p00 + j] - z0) + a11 * (z[p11 + j] - z0))
                        + (a10 * (z[p10 + j] - z0) + a01 * (z[p01 + j] - z0))) * inv;
                best[j] = t > best[j] ? t : best[j]; // NaN (a nodata corner or cell) never wins
            }
        }
    }

    /** Offset of a sample's corner from the cell; a corner of weight 0 is read at the cell itself (see {@link #maxTanRow}). */
    private static int corner(double weight, int dRow, int dCol, int w) {
        return weight == 0 ? 0 : dRow * w + dCol;
    }

    /**
     * Unit vector {east, north} of an azimuth, built from the remainder within its quadrant and turned by
     * whole quadrants exactly, so az and az + 90° give exactly rotated vectors.
     */
    static double[] unitVector(double azimuthDeg) {
        double a = azimuthDeg % 360;
        if (a < 0) a += 360;
        int q = (int) Math.floor(a / 90);
        if (q == 4) q = 0;
        double rem = a - 90.0 * q;
        double s = Math.sin(Math.toRadians(rem)), c = Math.cos(Math.toRadians(rem));
        return switch (q) {
            case 0 -> new double[] {s, c};
            case 1 -> new double[] {c, -s};
            case 2 -> new double[] {-s, -c};
            default -> new double[] {-c, s};
        };
    }

    /** Removes floating noise so offsets that are whole cells in exact arithmetic stay whole. */
    private static double snap(double v) {
        double r = Math.rint(v);
        return Math.abs(v - r) < 1e-9 ? r : v;
    }
}
