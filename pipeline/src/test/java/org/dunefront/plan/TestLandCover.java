package org.dunefront.plan;

import static org.dunefront.plan.LandCoverFlag.*;

import java.util.Arrays;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;

/** A small land-cover legend and input builders for plan tests (100 m cells). */
final class TestLandCover {
    static final int SAND_SEA = 1, DEGRADED_SAND = 2, FARM = 3, TOWN = 4, SALINE_LAND = 5, BELT = 6, LAKE = 7,
            HILL = 8, MARSH = 9, SALINE_BELT = 10, ROAD_CLASS = 11;

    static final LandCoverLookup LOOKUP = code -> switch (code) {
        case SAND_SEA -> LandCoverTraits.of(0, ERODIBLE, LandCoverFlag.SAND_SEA);
        case DEGRADED_SAND -> LandCoverTraits.of(0, ERODIBLE, DEGRADED);
        case FARM -> LandCoverTraits.of(1, FARMLAND);
        case TOWN -> LandCoverTraits.of(3, SETTLEMENT);
        case SALINE_LAND -> LandCoverTraits.of(0, SALINE);
        case BELT -> LandCoverTraits.of(0, SHELTERBELT);
        case LAKE -> LandCoverTraits.of(0, WATER);
        case HILL -> LandCoverTraits.of(0, MOUNTAIN);
        case MARSH -> LandCoverTraits.of(0, WETLAND);
        case SALINE_BELT -> LandCoverTraits.of(0, SALINE, SHELTERBELT);
        case ROAD_CLASS -> LandCoverTraits.of(0, ROAD);
        default -> LandCoverTraits.NONE;
    };

    private TestLandCover() {}

    static GridGeometry grid(int w, int h) {
        return GridGeometry.northUp(CrsDefinition.UNKNOWN, 400_000, 4_300_000, 100, 100, w, h);
    }

    static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /** Inputs with uniform flux, flat terrain (slope 0, aspect NaN) and no rivers. */
    static PlanInputs inputs(int w, int h, int[] landCover, double qe, double qn) {
        int n = w * h;
        return new PlanInputs(grid(w, h), landCover, LOOKUP, filled(n, qe), filled(n, qn), filled(n, 0),
                filled(n, Double.NaN), null, null);
    }
}
