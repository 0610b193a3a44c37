package org.dunefront.wind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

class WindRegimeStatsTest {

    @Test
    void mediansClassesAndVectorMeanDirection() {
        EnumMap<WindRegimeField, float[]> m = new EnumMap<>(WindRegimeField.class);
        for (WindRegimeField f : WindRegimeField.values()) m.put(f, new float[4]);
        float[] dp = {100, 300, 350, Float.NaN};
        float[] ratio = {0.2f, 0.5f, 0.9f, Float.NaN};
        double[] toward = {350, 10, 0, 0};
        for (int i = 0; i < 4; i++) {
            m.get(WindRegimeField.DP_VU)[i] = dp[i];
            m.get(WindRegimeField.RDP_OVER_DP)[i] = ratio[i];
            m.get(WindRegimeField.DRIFT_EAST_VU)[i] = i == 3 ? Float.NaN : (float) (50 * Math.sin(Math.toRadians(toward[i])));
            m.get(WindRegimeField.DRIFT_NORTH_VU)[i] = i == 3 ? Float.NaN : (float) (50 * Math.cos(Math.toRadians(toward[i])));
            m.get(WindRegimeField.QX_M3_PER_M_YR)[i] = i == 3 ? Float.NaN : 3;
            m.get(WindRegimeField.QY_M3_PER_M_YR)[i] = i == 3 ? Float.NaN : -4;
            m.get(WindRegimeField.FLUX_WEIGHTED_WIND_MPS)[i] = i == 3 ? Float.NaN : 8 + i;
        }
        WindRegimeStats s = WindRegimeStats.of(new WindRegimeGrid(new Window(0, 0, 2, 2), m));
        assertEquals(3, s.cells());
        assertEquals(300, s.medianDpVu(), 0);
        assertEquals(EnergyClass.INTERMEDIATE, s.energyClass());
        assertEquals(0.5, s.medianRdpOverDp(), 1e-7);
        assertEquals(DirectionalVariability.INTERMEDIATE, s.directionalVariability());
        assertEquals(0.0, Math.min(s.basinRddDeg(), 360 - s.basinRddDeg()), 1e-4, "350° and 10° average to north");
        assertEquals(9.0, s.medianFluxWeightedWindMps(), 0);
        assertEquals(5.0, s.meanFluxM3PerMYr(), 1e-6);
    }
}
