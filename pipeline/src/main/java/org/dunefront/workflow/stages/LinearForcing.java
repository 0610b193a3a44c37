package org.dunefront.workflow.stages;

import org.dunefront.wind.DownscaleWeights;
import org.dunefront.transport.ShelterMask;

/**
 * The coarse-model-grid forcing and the study-grid annual capacity without downscaling every period onto every
 * study cell, using that the downscale is linear in the native flux. With the same cells without a value (NaN) in
 * every native band of qx and qy — checked by {@link #of}, else the caller takes the per-cell path — a study cell's
 * flux in any period is Σ_j a_cj q_j with corner weights a_cj = w_cj / Σ w_c (the non-NaN corners of
 * {@link DownscaleWeights}; 0 outside the AOI or without a valid corner), so:
 * <ul>
 * <li><b>block mean</b> of a model cell b of n_b study cells ({@link org.dunefront.transport.BlockAggregator#mean} of
 *     values with NaN already 0): Σ_j W_bj q_j with W_bj = Σ_{c∈b} a_cj / n_b — one accumulation of W per block,
 *     then a handful of native cells per period;</li>
 * <li><b>annual-mean capacity</b> of a study cell that no wind sector shelters: the capacity is f_c · q in every
 *     period (f_c the cell's {@link org.dunefront.transport.CapacityFluxOp#reductionFactor}, independent of the
 *     period), so its annual mean is f_c times the downscale of the annual-mean native flux — one downscale instead
 *     of one per period. Cells sheltered for some sector (the lee zone depends on the period's flux direction, so the
 *     capacity is not linear in the flux there) take the period-by-period rule of
 *     {@link org.dunefront.transport.CapacityFluxOp#annualMean}.</li>
 * </ul>
 * Equal to the per-cell path in real arithmetic; in floating point the per-cell path rounds every study cell's
 * period value to float32 before averaging, this one rounds once at the end, so results differ by a few float32 ulps
 * of the flux (relative 1e-6; {@code StudyGridPassTest}). Used only for model grids coarser than the study grid: with
 * k = 1 the forcing is the per-cell downscale itself and the per-cell path is kept, byte for byte.
 *
 * <p>Immutable; safe to share between threads.
 */
final class LinearForcing {
    final int periods;
    /** Native period fields, period-major: {@code px[s][j]}, m³ m⁻¹ yr⁻¹ (months averaged weighted by wind steps). */
    private final double[][] px;
    private final double[][] py;
    /** Annual mean of the period fields per native cell. */
    private final double[] meanX;
    private final double[] meanY;
    /** Native cells with a value in every band. */
    private final boolean[] valid;

    private LinearForcing(int periods, double[][] px, double[][] py, double[] meanX, double[] meanY, boolean[] valid) {
        this.periods = periods;
        this.px = px;
        this.py = py;
        this.meanX = meanX;
        this.meanY = meanY;
        this.valid = valid;
    }

    /** The linear form of {@code flux}, or null when its bands differ in which native cells are NaN. */
    static LinearForcing of(NativeMonthlyFlux flux) {
        int bands = flux.bands(), periods = flux.periods, per = flux.bandsPerPeriod();
        int n = flux.nativeBand(0, 0).length;
        boolean[] valid = new boolean[n];
        for (int j = 0; j < n; j++) valid[j] = !Float.isNaN(flux.nativeBand(0, 0)[j]);
        for (int b = 0; b < bands; b++) {
            for (int comp = 0; comp < 2; comp++) {
                float[] q = flux.nativeBand(comp, b);
                for (int j = 0; j < n; j++) if (Float.isNaN(q[j]) == valid[j]) return null;
            }
        }
        double[][] px = new double[periods][n], py = new double[periods][n];
        double[] mx = new double[n], my = new double[n];
        for (int s = 0; s < periods; s++) {
            double wsum = 0;
            for (int m = s * per; m < (s + 1) * per; m++) wsum += per == 1 ? 1 : flux.bandWeight(m);
            for (int m = s * per; m < (s + 1) * per; m++) {
                double w = per == 1 ? 1 : flux.bandWeight(m) / wsum;
                float[] qx = flux.nativeBand(0, m), qy = flux.nativeBand(1, m);
                for (int j = 0; j < n; j++) {
                    if (!valid[j]) continue;
                    px[s][j] += w * qx[j];
                    py[s][j] += w * qy[j];
                }
            }
            for (int j = 0; j < n; j++) {
                mx[j] += px[s][j];
                my[j] += py[s][j];
            }
        }
        for (int j = 0; j < n; j++) {
            mx[j] /= periods;
            my[j] /= periods;
        }
        return new LinearForcing(periods, px, py, mx, my, valid);
    }

    /**
     * Block means of every period over study rows {@code [0, rows)} of a row group (whole model rows; {@code rows} a
     * multiple of {@code k} except at the grid's bottom), written to model rows {@code outRow0 …} of
     * {@code out[s][0 or 1]} (row-major, {@code modelWidth} wide).
     *
     * @param cells  the group's bilinear weights
     * @param inside AOI mask of the group's cells
     */
    void blockMeans(DownscaleWeights cells, boolean[] inside, int width, int rows, int k, int modelWidth, int outRow0,
                    float[][][] out) {
        int[] idx = new int[64];
        double[] wsum = new double[64];
        for (int mr = 0; mr * k < rows; mr++) {
            int r0 = mr * k, r1 = Math.min(r0 + k, rows);
            for (int mc = 0; mc < modelWidth; mc++) {
                int c0 = mc * k, c1 = Math.min(c0 + k, width);
                int used = 0;
                for (int r = r0; r < r1; r++) {
                    for (int c = c0; c < c1; c++) {
                        int i = r * width + c;
                        if (!inside[i]) continue;
                        int base = 4 * i;
                        double ws = 0;
                        for (int j = base; j < base + 4; j++) if (cells.weight(j) != 0 && valid[cells.corner(j)]) ws += cells.weight(j);
                        if (!(ws > 0)) continue;
                        for (int j = base; j < base + 4; j++) {
                            double wt = cells.weight(j);
                            int q = cells.corner(j);
                            if (wt == 0 || !valid[q]) continue;
                            int at = 0;
                            while (at < used && idx[at] != q) at++;
                            if (at == used) {
                                if (used == idx.length) {
                                    idx = java.util.Arrays.copyOf(idx, 2 * used);
                                    wsum = java.util.Arrays.copyOf(wsum, 2 * used);
                                }
                                idx[used] = q;
                                wsum[used++] = 0;
                            }
                            wsum[at] += wt / ws;
                        }
                    }
                }
                double nb = (double) (r1 - r0) * (c1 - c0);
                int o = (outRow0 + mr) * modelWidth + mc;
                for (int s = 0; s < periods; s++) {
                    double sx = 0, sy = 0;
                    for (int a = 0; a < used; a++) {
                        sx += wsum[a] * px[s][idx[a]];
                        sy += wsum[a] * py[s][idx[a]];
                    }
                    out[s][0][o] = (float) (sx / nb);
                    out[s][1][o] = (float) (sy / nb);
                }
            }
        }
    }

    /**
     * Annual-mean capacity of the group's study cells into {@code capX}/{@code capY} from index {@code off}:
     * 0 outside the AOI and where the factor is 0; f · (downscaled annual-mean flux) where no sector shelters the
     * cell; else the mean over the periods of 0 (sheltered from that period's flux) or f · (that period's flux).
     *
     * @param factorByCode reduction factor of each land-cover code (unsigned byte)
     * @param shelter      the group's study-cell mask
     * @param anySector    cells sheltered for at least one sector
     */
    void annualCapacity(DownscaleWeights cells, boolean[] inside, byte[] codes, double[] factorByCode, ShelterMask shelter,
                        boolean[] anySector, float[] capX, float[] capY, int off) {
        for (int i = 0; i < codes.length; i++) {
            double f = factorByCode[codes[i] & 0xFF];
            if (!inside[i] || f == 0) {
                capX[off + i] = 0f;
                capY[off + i] = 0f;
                continue;
            }
            if (!anySector[i]) {
                capX[off + i] = (float) (f * value(cells, i, meanX));
                capY[off + i] = (float) (f * value(cells, i, meanY));
                continue;
            }
            double sx = 0, sy = 0;
            for (int s = 0; s < periods; s++) {
                float vx = value(cells, i, px[s]), vy = value(cells, i, py[s]);
                if (shelter.shelteredFromFlux(i, vx, vy)) continue;
                sx += (float) (f * vx);
                sy += (float) (f * vy);
            }
            capX[off + i] = (float) (sx / periods);
            capY[off + i] = (float) (sy / periods);
        }
    }

    /** Cell {@code i}'s downscaled value of a native field (as {@link DownscaleWeights#value}); 0 without a valid corner. */
    private float value(DownscaleWeights cells, int i, double[] field) {
        int k = 4 * i;
        double sum = 0, ws = 0;
        for (int j = k; j < k + 4; j++) {
            double wt = cells.weight(j);
            int q = cells.corner(j);
            if (wt == 0 || !valid[q]) continue;
            sum += wt * field[q];
            ws += wt;
        }
        return ws > 0 ? (float) (sum / ws) : 0f;
    }
}
