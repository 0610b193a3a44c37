package org.dunefront.wind;

import java.util.List;
import java.util.Objects;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;

/**
 * Per-cell wind regime on the wind's native grid from a series of u/v blocks (10 m, m/s, one pair per
 * time step, all steps equally long). For every cell:
 * <ul>
 * <li>DP, RDP, RDD, RDP/DP after Fryberger &amp; Dean (1979) (see {@link DriftPotentialCalculator});</li>
 * <li>the potential sand-flux vector over the reference surface: u* = κU/ln(10 m/z0) (law of the wall),
 *     q = {@link TransportLaw} (kg m⁻¹ s⁻¹) in the direction the wind blows, averaged over the record
 *     (t = 1/N per step), divided by the bulk density ρb and scaled to a year (365.25 d):
 *     qx, qy in m³ m⁻¹ yr⁻¹ of deposit (science.md §3, §6);</li>
 * <li>the flux-weighted wind speed Σ q·U / Σ q (m/s), a representative sand-moving wind.</li>
 * </ul>
 * NoData: a step whose u or v is nodata/NaN is skipped for that cell (t = 1/N over valid steps);
 * a cell with no valid step is NaN in every layer.
 */
public final class WindRegimeOp {
    /** Seconds in a mean (Julian) year. */
    public static final double SECONDS_PER_YEAR = 365.25 * 86400.0;

    private WindRegimeOp() {
    }

    /**
     * @param uSteps   eastward 10 m wind per time step, m/s (all over the same window)
     * @param vSteps   northward 10 m wind per time step, m/s
     * @param progress reports per time step; returning false cancels
     */
    public static WindRegimeGrid run(List<? extends RasterBlock> uSteps, List<? extends RasterBlock> vSteps,
                                     WindRegimeParams params, ProgressListener progress) {
        Objects.requireNonNull(params);
        if (uSteps.isEmpty() || uSteps.size() != vSteps.size()) {
            throw new IllegalArgumentException("need the same non-zero number of u and v steps, got "
                    + uSteps.size() + " and " + vSteps.size());
        }
        Window window = uSteps.get(0).window();
        for (int i = 0; i < uSteps.size(); i++) {
            if (!uSteps.get(i).window().equals(window) || !vSteps.get(i).window().equals(window)) {
                throw new IllegalArgumentException("step " + i + " is not over window " + window);
            }
        }
        int n = (int) window.cellCount();
        int w = window.width();
        double[] dp = new double[n], de = new double[n], dn = new double[n];
        double[] qe = new double[n], qn = new double[n], qs = new double[n], qu = new double[n];
        int[] valid = new int[n];
        double vt = params.thresholdWindKn();
        double ustarPerU = ShearVelocity.fromWind(1.0, ShearVelocity.REFERENCE_HEIGHT_M, params.roughnessLengthM());
        double ut = ShearVelocity.bagnoldThresholdMps(params.sediment());
        int steps = uSteps.size();
        for (int s = 0; s < steps; s++) {
            RasterBlock ub = uSteps.get(s), vb = vSteps.get(s);
            for (int i = 0; i < n; i++) {
                int c = i % w, r = i / w;
                double u = ub.get(c, r), v = vb.get(c, r);
                if (ub.noData().matches(u) || vb.noData().matches(v) || Double.isNaN(u) || Double.isNaN(v)) continue;
                valid[i]++;
                double speed = Math.hypot(u, v);
                if (speed == 0) continue;
                double ex = u / speed, en = v / speed;
                double kn = WindUnits.knotsFromMps(speed);
                if (kn > vt) {
                    double wgt = kn * kn * (kn - vt);
                    dp[i] += wgt;
                    de[i] += wgt * ex;
                    dn[i] += wgt * en;
                }
                double q = params.transportLaw().fluxKgPerMS(ustarPerU * speed, ut, params.bedType(), params.sediment());
                if (q > 0) {
                    qe[i] += q * ex;
                    qn[i] += q * en;
                    qs[i] += q;
                    qu[i] += q * speed;
                }
            }
            progress.reportOrCancel((s + 1.0) / steps, "wind regime");
        }
        WindRegimeGrid out = WindRegimeGrid.allocate(window);
        double toAnnualVolume = SECONDS_PER_YEAR / params.sediment().bulkDensityKgM3();
        for (int i = 0; i < n; i++) {
            if (valid[i] == 0) {
                for (WindRegimeField f : WindRegimeField.values()) out.layer(f)[i] = Float.NaN;
                continue;
            }
            double t = 1.0 / valid[i];
            double dpi = dp[i] * t, e = de[i] * t, no = dn[i] * t;
            double rdp = Math.hypot(e, no);
            out.layer(WindRegimeField.DP_VU)[i] = (float) dpi;
            out.layer(WindRegimeField.RDP_VU)[i] = (float) rdp;
            out.layer(WindRegimeField.RDD_DEG)[i] = rdp > 0 ? (float) WindDirection.azimuthDeg(e, no) : Float.NaN;
            out.layer(WindRegimeField.RDP_OVER_DP)[i] = dpi > 0 ? (float) (rdp / dpi) : Float.NaN;
            out.layer(WindRegimeField.DRIFT_EAST_VU)[i] = (float) e;
            out.layer(WindRegimeField.DRIFT_NORTH_VU)[i] = (float) no;
            out.layer(WindRegimeField.QX_M3_PER_M_YR)[i] = (float) (qe[i] * t * toAnnualVolume);
            out.layer(WindRegimeField.QY_M3_PER_M_YR)[i] = (float) (qn[i] * t * toAnnualVolume);
            out.layer(WindRegimeField.FLUX_WEIGHTED_WIND_MPS)[i] = qs[i] > 0 ? (float) (qu[i] / qs[i]) : Float.NaN;
        }
        return out;
    }
}
