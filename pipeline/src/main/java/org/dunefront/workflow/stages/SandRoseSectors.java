package org.dunefront.workflow.stages;

import java.util.List;
import org.dunefront.grid.RasterBlock;
import org.dunefront.wind.WindDirection;
import org.dunefront.wind.WindUnits;

/**
 * The basin sand rose: Fryberger &amp; Dean (1979) drift potential DP = Σ V²(V − Vt)·t (V in knots,
 * t = 1/N_valid per step of a cell) binned by the direction the wind blows FROM into {@code n}
 * sectors centred on i·360/n degrees, averaged over the cells with a valid record (the convention
 * of {@code render.WindRose}). The resultant (RDP, RDD) is the vector sum of the same terms
 * pointing where the sand moves.
 */
record SandRoseSectors(double[] sectorDpVu, double rdpVu, double rddDeg) {
    static final int SECTORS = 16;

    static SandRoseSectors of(List<RasterBlock> u, List<RasterBlock> v, double thresholdKn) {
        return of(u, v, thresholdKn, SECTORS);
    }

    /** The rose with {@code sectors} sectors centred on i·360/sectors (the shelter index's wind sectors). */
    static SandRoseSectors of(List<RasterBlock> u, List<RasterBlock> v, double thresholdKn, int sectors) {
        int w = u.get(0).width(), h = u.get(0).height(), n = w * h;
        double[][] perCell = new double[n][sectors];
        double[] e = new double[n], no = new double[n];
        int[] valid = new int[n];
        for (int s = 0; s < u.size(); s++) {
            RasterBlock ub = u.get(s), vb = v.get(s);
            for (int i = 0; i < n; i++) {
                int c = i % w, r = i / w;
                double uu = ub.get(c, r), vv = vb.get(c, r);
                if (ub.noData().matches(uu) || vb.noData().matches(vv) || Double.isNaN(uu) || Double.isNaN(vv)) continue;
                valid[i]++;
                double speed = Math.hypot(uu, vv);
                double kn = WindUnits.knotsFromMps(speed);
                if (speed == 0 || kn <= thresholdKn) continue;
                double wgt = kn * kn * (kn - thresholdKn);
                int sector = (int) Math.floorMod(Math.round(WindDirection.fromDeg(uu, vv) / (360.0 / sectors)), sectors);
                perCell[i][sector] += wgt;
                e[i] += wgt * uu / speed;
                no[i] += wgt * vv / speed;
            }
        }
        double[] dp = new double[sectors];
        double se = 0, sn = 0;
        int cells = 0;
        for (int i = 0; i < n; i++) {
            if (valid[i] == 0) continue;
            cells++;
            for (int k = 0; k < sectors; k++) dp[k] += perCell[i][k] / valid[i];
            se += e[i] / valid[i];
            sn += no[i] / valid[i];
        }
        if (cells > 0) {
            for (int k = 0; k < sectors; k++) dp[k] /= cells;
            se /= cells;
            sn /= cells;
        }
        double rdp = Math.hypot(se, sn);
        return new SandRoseSectors(dp, rdp, rdp > 0 ? WindDirection.azimuthDeg(se, sn) : Double.NaN);
    }
}
