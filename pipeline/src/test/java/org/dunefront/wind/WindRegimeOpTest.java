package org.dunefront.wind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dunefront.grid.CancelledException;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

class WindRegimeOpTest {
    private static final Window W = new Window(0, 0, 3, 2);

    private static RasterBlock.Floats block(float value) {
        float[] a = new float[6];
        java.util.Arrays.fill(a, value);
        return new RasterBlock.Floats(W, NoData.NAN, a);
    }

    /** 10 steps: step 0 is a 20 kn north-west wind everywhere, the rest calm. */
    private static List<List<RasterBlock.Floats>> t1Series() {
        List<RasterBlock.Floats> u = new ArrayList<>(), v = new ArrayList<>();
        double mps = WindUnits.mpsFromKnots(20);
        for (int s = 0; s < 10; s++) {
            u.add(block(s == 0 ? (float) WindDirection.eastwardComponent(mps, 315) : 0f));
            v.add(block(s == 0 ? (float) WindDirection.northwardComponent(mps, 315) : 0f));
        }
        return List.of(u, v);
    }

    @Test
    void t1_perCellDriftPotentialAndAnnualFluxVector() {
        var series = t1Series();
        WindRegimeParams p = WindRegimeParams.defaults();
        WindRegimeGrid g = WindRegimeOp.run(series.get(0), series.get(1), p, ProgressListener.NONE);
        double ustar = ShearVelocity.fromWind(WindUnits.mpsFromKnots(20), 10, 1e-4);
        double qKg = TransportLaw.DURAN_KOK.fluxKgPerMS(ustar, p.sediment().thresholdShearVelocityMps(),
                BedType.ERODIBLE_SAND, p.sediment());
        double qAnnual = qKg * 0.1 * 365.25 * 86400 / 1590.0; // t = 0.1, m³/m/yr of deposit
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(320.0, g.get(WindRegimeField.DP_VU, c, r), 0.01);
                assertEquals(320.0, g.get(WindRegimeField.RDP_VU, c, r), 0.01);
                assertEquals(135.0, g.get(WindRegimeField.RDD_DEG, c, r), 1e-3);
                assertEquals(1.0, g.get(WindRegimeField.RDP_OVER_DP, c, r), 1e-6);
                assertEquals(qAnnual * Math.sin(Math.toRadians(135)), g.get(WindRegimeField.QX_M3_PER_M_YR, c, r), qAnnual * 1e-5);
                assertEquals(qAnnual * Math.cos(Math.toRadians(135)), g.get(WindRegimeField.QY_M3_PER_M_YR, c, r), qAnnual * 1e-5);
                assertEquals(WindUnits.mpsFromKnots(20), g.get(WindRegimeField.FLUX_WEIGHTED_WIND_MPS, c, r), 1e-5);
            }
        }
        assertTrue(qAnnual > 0);
    }

    @Test
    void nodataStepsAreSkippedAndAllNodataCellsAreNaN() {
        var series = t1Series();
        List<RasterBlock.Floats> u = new ArrayList<>(series.get(0)), v = new ArrayList<>(series.get(1));
        // Add 10 nodata steps for cell (0,0) only: t stays 1/10 there.
        for (int s = 0; s < 10; s++) {
            RasterBlock.Floats bu = block(0f), bv = block(0f);
            bu.set(0, 0, Double.NaN);
            u.add(bu);
            v.add(bv);
        }
        // Cell (2,1): nodata in every step.
        for (RasterBlock.Floats b : u) b.set(2, 1, Double.NaN);
        WindRegimeGrid g = WindRegimeOp.run(u, v, WindRegimeParams.defaults(), ProgressListener.NONE);
        assertEquals(320.0, g.get(WindRegimeField.DP_VU, 0, 0), 0.01);
        assertEquals(160.0, g.get(WindRegimeField.DP_VU, 1, 0), 0.01);
        for (WindRegimeField f : WindRegimeField.values()) assertTrue(Float.isNaN(g.get(f, 2, 1)), f.name());
    }

    @Test
    void progressIsMonotonicReachesOneAndCancels() {
        var series = t1Series();
        List<Double> seen = new ArrayList<>();
        WindRegimeOp.run(series.get(0), series.get(1), WindRegimeParams.defaults(), (f, m) -> seen.add(f));
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) >= seen.get(i - 1));
        assertEquals(1.0, seen.get(seen.size() - 1), 1e-12);
        assertThrows(CancelledException.class,
                () -> WindRegimeOp.run(series.get(0), series.get(1), WindRegimeParams.defaults(), (f, m) -> f < 0.5));
    }

    @Test
    void mismatchedSeriesAreRejected() {
        var series = t1Series();
        assertThrows(IllegalArgumentException.class,
                () -> WindRegimeOp.run(series.get(0), series.get(1).subList(0, 3), WindRegimeParams.defaults(), ProgressListener.NONE));
    }
}
