package org.dunefront.wind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-check of units and direction conventions on a real ERA5 10 m wind snapshot (SW United
 * States). Speed and "from" direction were derived independently with numpy
 * (sqrt(u²+v²), deg(atan2(−u, −v)) mod 360, see realdata/MANIFEST.md); pixels are decoded by GDAL.
 */
class WindRegimeRealDataTest {

    @Test
    void driftDirectionIsOppositeTheMeteorologicalDirectionAndDpUsesKnots(@TempDir Path tmp) {
        Gdal.require();
        double[] u = Gdal.pixels(RealData.file("wind/era5_u10_swus_19950714T12.tif"), 1, tmp);
        double[] v = Gdal.pixels(RealData.file("wind/era5_v10_swus_19950714T12.tif"), 1, tmp);
        double[] from = Gdal.pixels(RealData.file("wind/era5_wdir10_swus_19950714T12.tif"), 1, tmp);
        double[] speed = Gdal.pixels(RealData.file("wind/era5_wspd10_swus_19950714T12.tif"), 1, tmp);
        Window w = new Window(0, 0, 60, 48);
        assertEquals(w.cellCount(), u.length);
        float[] uf = new float[u.length], vf = new float[v.length];
        for (int i = 0; i < u.length; i++) {
            uf[i] = (float) u[i];
            vf[i] = (float) v[i];
        }
        NoData nd = NoData.of(-9999);
        double thresholdKn = 6; // the snapshot peaks at 6.98 m/s = 13.6 kn; a low threshold exercises many cells
        WindRegimeParams p = new WindRegimeParams(thresholdKn, TransportLaw.DURAN_KOK, SedimentParams.defaults(), 1e-4,
                BedType.ERODIBLE_SAND);
        WindRegimeGrid g = WindRegimeOp.run(List.of(new RasterBlock.Floats(w, nd, uf)),
                List.of(new RasterBlock.Floats(w, nd, vf)), p, ProgressListener.NONE);
        int checked = 0;
        for (int i = 0; i < u.length; i++) {
            if (u[i] == -9999 || speed[i] == -9999) continue;
            double kn = speed[i] * 3600 / 1852;
            float dp = g.layer(WindRegimeField.DP_VU)[i];
            if (kn <= thresholdKn + 0.01) {
                if (kn < thresholdKn - 0.01) assertEquals(0.0, dp, 0, "cell " + i);
                continue;
            }
            assertEquals(kn * kn * (kn - thresholdKn), dp, 1e-3 * kn * kn * kn, "DP of cell " + i);
            double rdd = g.layer(WindRegimeField.RDD_DEG)[i];
            double expected = (from[i] + 180) % 360;
            double diff = Math.abs(rdd - expected);
            assertTrue(Math.min(diff, 360 - diff) < 1e-3, "cell " + i + ": RDD " + rdd + " vs from+180 " + expected);
            checked++;
        }
        assertTrue(checked > 100, "cells above threshold: " + checked);
    }
}
