package org.dunefront.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sweep specifications, factorial grids and Latin-hypercube properties. */
class SweepDesignTest {

    @Test
    void axesFromListsAndExactDecimalRanges() {
        assertEquals(List.of("2", "5", "10"), SweepAxis.parse("rank.minPatchHa=2,5,10").values());
        assertEquals(List.of("10", "12", "14"), SweepAxis.parse("drift.thresholdWindKn=10..14:2").values());
        assertEquals(List.of("0.1", "0.2", "0.3"), SweepAxis.parse("drift.grainDiameterMm=0.1..0.3:0.1").values(),
                "0.1 + 0.1 + 0.1 must reach 0.3 exactly");
        assertEquals(List.of("1", "3"), SweepAxis.parse("k=1..4:2").values());
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("k=1..4"));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("k=4..1:1"));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("k=1..4:0"));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("novalue"));
    }

    @Test
    void factorialGridHasEveryCombinationLastAxisFastest() {
        List<Map<String, String>> g = SweepDesign.factorial(List.of(SweepAxis.parse("a=1,2"), SweepAxis.parse("b=x,y,z")));
        assertEquals(6, g.size());
        assertEquals(Map.of("a", "1", "b", "x"), g.get(0));
        assertEquals(Map.of("a", "1", "b", "y"), g.get(1));
        assertEquals(Map.of("a", "2", "b", "z"), g.get(5));
    }

    @Test
    void latinHypercubeHitsEachStratumExactlyOncePerDimension() {
        int n = 17, dims = 3;
        double[][] p = LatinHypercube.unit(n, dims, 42);
        for (int d = 0; d < dims; d++) {
            int[] hits = new int[n];
            for (double[] x : p) {
                assertEquals(true, x[d] >= 0 && x[d] < 1);
                hits[(int) Math.floor(x[d] * n)]++;
            }
            for (int h : hits) assertEquals(1, h, "dimension " + d);
        }
    }

    @Test
    void latinHypercubeIsDeterministicFromTheSeed() {
        assertArrayEquals(LatinHypercube.unit(8, 2, 7), LatinHypercube.unit(8, 2, 7));
        assertNotEquals(List.of(LatinHypercube.unit(8, 2, 7)[0][0]), List.of(LatinHypercube.unit(8, 2, 8)[0][0]));
        List<Map<String, String>> s = SweepDesign.latinHypercube(List.<String[]>of(new String[] {"k", "10", "14"}), 4, 3);
        assertEquals(4, s.size());
        int[] hits = new int[4];
        for (Map<String, String> m : s) hits[(int) Math.floor((Double.parseDouble(m.get("k")) - 10) / 1.0)]++;
        assertArrayEquals(new int[] {1, 1, 1, 1}, hits, "scaled samples keep one per stratum of [10, 14]");
    }
}
