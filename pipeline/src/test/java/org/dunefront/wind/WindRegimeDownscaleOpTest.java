package org.dunefront.wind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

class WindRegimeDownscaleOpTest {
    private static final GeoTransform COARSE = GeoTransform.northUp(0, 2000, 1000, 1000);
    private static final GeoTransform FINE = GeoTransform.northUp(0, 2000, 250, 250);

    /** 2×2 coarse grid; the left column drifts toward 350°, the right toward 10°. */
    private static WindRegimeGrid coarse() {
        EnumMap<WindRegimeField, float[]> m = new EnumMap<>(WindRegimeField.class);
        for (WindRegimeField f : WindRegimeField.values()) m.put(f, new float[4]);
        double[] az = {350, 10, 350, 10};
        for (int i = 0; i < 4; i++) {
            m.get(WindRegimeField.DP_VU)[i] = 300;
            m.get(WindRegimeField.DRIFT_EAST_VU)[i] = (float) (200 * Math.sin(Math.toRadians(az[i])));
            m.get(WindRegimeField.DRIFT_NORTH_VU)[i] = (float) (200 * Math.cos(Math.toRadians(az[i])));
            m.get(WindRegimeField.QX_M3_PER_M_YR)[i] = i % 2 == 0 ? 0f : 8f;
            m.get(WindRegimeField.QY_M3_PER_M_YR)[i] = i < 2 ? 4f : 0f;
        }
        return new WindRegimeGrid(new Window(0, 0, 2, 2), m);
    }

    @Test
    void vectorComponentsAreInterpolatedAndDirectionRecomputed() {
        WindRegimeGrid fine = WindRegimeDownscaleOp.run(coarse(), COARSE, FINE, new Window(0, 0, 8, 8));
        // Fine cell centre x = 1000 m lies halfway between the coarse centres (500 and 1500 m).
        // Fine column 3 centre: x = 875 m → coarse fractional col 0.375 → weight 0.375 on the right.
        double e = 0.625 * 200 * Math.sin(Math.toRadians(350)) + 0.375 * 200 * Math.sin(Math.toRadians(10));
        double n = 200 * Math.cos(Math.toRadians(10));
        assertEquals(Math.hypot(e, n), fine.get(WindRegimeField.RDP_VU, 3, 3), 1e-3);
        assertEquals(WindDirection.azimuthDeg(e, n), fine.get(WindRegimeField.RDD_DEG, 3, 3), 1e-4);
        // Symmetric point between 350° and 10° is north (0°), not the mean angle 180°.
        WindRegimeGrid mid = WindRegimeDownscaleOp.run(coarse(), COARSE, GeoTransform.northUp(0, 2000, 1000, 1000),
                new Window(0, 0, 2, 2));
        assertEquals(350f, mid.get(WindRegimeField.RDD_DEG, 0, 0), 1e-3);
        WindRegimeGrid half = WindRegimeDownscaleOp.run(coarse(), COARSE, GeoTransform.northUp(500, 2000, 1000, 1000),
                new Window(0, 0, 1, 1));
        float rdd = half.get(WindRegimeField.RDD_DEG, 0, 0);
        assertEquals(0.0, Math.min(rdd, 360 - rdd), 1e-3);
        assertEquals(200 * Math.cos(Math.toRadians(10)) / 300, half.get(WindRegimeField.RDP_OVER_DP, 0, 0), 1e-5);
        // Flux: bilinear of each component, clamped beyond the outer centres.
        // Fine (4, 0): x = 1125 m → coarse col 0.625 → qx = 0.625 · 8; y = 1875 m is above the top centre → row 0.
        assertEquals(5.0, fine.get(WindRegimeField.QX_M3_PER_M_YR, 4, 0), 1e-6);
        assertEquals(4.0, fine.get(WindRegimeField.QY_M3_PER_M_YR, 4, 0), 1e-6);
        assertEquals(1.5, fine.get(WindRegimeField.QY_M3_PER_M_YR, 4, 4), 1e-6); // y = 875 m → coarse row 0.625 → 0.375 · 4

    }

    @Test
    void tilesOfTheFineGridEqualTheWholeGrid() {
        WindRegimeGrid whole = WindRegimeDownscaleOp.run(coarse(), COARSE, FINE, new Window(0, 0, 8, 8));
        for (int tr = 0; tr < 8; tr += 3) {
            for (int tc = 0; tc < 8; tc += 5) {
                Window w = new Window(tc, tr, Math.min(5, 8 - tc), Math.min(3, 8 - tr));
                WindRegimeGrid part = WindRegimeDownscaleOp.run(coarse(), COARSE, FINE, w);
                for (WindRegimeField f : WindRegimeField.values()) {
                    float[] expected = new float[(int) w.cellCount()];
                    for (int r = 0; r < w.height(); r++) {
                        for (int c = 0; c < w.width(); c++) expected[r * w.width() + c] = whole.get(f, tc + c, tr + r);
                    }
                    assertArrayEquals(expected, part.layer(f), f.name());
                }
            }
        }
    }

    @Test
    void withoutDirectionGivesTheBitsOfRunInsideTheMaskAndNaNElsewhere() {
        java.util.Random rnd = new java.util.Random(8);
        Window cw = new Window(0, 0, 5, 4);
        EnumMap<WindRegimeField, float[]> m = new EnumMap<>(WindRegimeField.class);
        for (WindRegimeField f : WindRegimeField.values()) {
            float[] a = new float[20];
            for (int i = 0; i < a.length; i++) {
                a[i] = i % 9 == 4 ? Float.NaN : (float) ((rnd.nextDouble() - 0.3) * 400);
            }
            m.put(f, a);
        }
        m.get(WindRegimeField.DP_VU)[7] = 0f; // RDP/DP is NaN where DP is not positive
        WindRegimeGrid coarse = new WindRegimeGrid(cw, m);
        GeoTransform ct = GeoTransform.northUp(0, 4000, 1000, 1000), ft = GeoTransform.northUp(-130, 4100, 90, 90);
        Window fw = new Window(3, 2, 41, 37);
        DownscaleWeights weights = DownscaleWeights.of(cw, ct, ft, fw);
        boolean[] cells = new boolean[(int) fw.cellCount()];
        for (int i = 0; i < cells.length; i++) cells[i] = rnd.nextInt(4) != 0;
        WindRegimeGrid full = WindRegimeDownscaleOp.run(coarse, weights);
        WindRegimeGrid light = WindRegimeDownscaleOp.runWithoutDirection(coarse, weights, cells);
        int nanRatio = 0;
        for (WindRegimeField f : WindRegimeField.values()) {
            for (int i = 0; i < cells.length; i++) {
                float got = light.layer(f)[i];
                if (!cells[i] || f == WindRegimeField.RDD_DEG) {
                    assertEquals(Float.NaN, got, f + " cell " + i);
                } else {
                    assertEquals(Float.floatToRawIntBits(full.layer(f)[i]), Float.floatToRawIntBits(got), f + " cell " + i);
                    if (f == WindRegimeField.RDP_OVER_DP && Float.isNaN(got)) nanRatio++;
                }
            }
        }
        assertEquals(true, nanRatio > 0, "some cell has DP <= 0 or NaN corners only");
    }
}
