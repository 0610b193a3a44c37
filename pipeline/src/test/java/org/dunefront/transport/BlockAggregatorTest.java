package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dunefront.grid.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * Block aggregation onto a model grid (migrate.modelCellSizeM): a 4 × 3 study grid aggregated by 2 into a
 * 2 × 2 model grid whose bottom blocks are partial; every expected value is worked out by hand below.
 */
class BlockAggregatorTest {
    // codes: 0 MOBILE_SAND, 1 ERODIBLE, 2 NON_ERODIBLE, 3 SINK, 4 ASSET_TRAP (TransportFixtures.LOOKUP)
    private static final byte[] CODES = {
        0, 3, 1, 1,
        3, 3, 1, 4,
        2, 2, 0, 3};
    private static final byte[] ASSETS = {
        1, 0, 1, 1,
        0, 0, 1, 2,
        0, 0, 0, 0};
    private static final double[] ASSET_VALUES = {1.0, 5.0}; // farmland, settlement

    private final BlockAggregator agg = new BlockAggregator(4, 3, 2);

    @Test
    void modelGridIsTheCeilingOfStudyOverFactor() {
        assertEquals(2, agg.modelWidth());
        assertEquals(2, agg.modelHeight());
        assertEquals(512, agg.stripRows(511));
        assertEquals(6, new BlockAggregator(10, 10, 3).stripRows(5));
        assertThrows(IllegalArgumentException.class, () -> new BlockAggregator(4, 3, 0));
    }

    @Test
    void surfaceIsTheMajorityButNeverASinkOverInitialSandAndConservesTheSandVolume() {
        byte[] codes = new byte[4], assets = new byte[4];
        float[] h = new float[4];
        agg.surface(CODES, TransportFixtures.LOOKUP, ASSETS, ASSET_VALUES, 2.0, 0, 3, codes, assets, h);
        // block (0,0) {0,3,3,3}: sinks are the majority, but it holds sand → its non-sink majority, mobile sand (0)
        // block (1,0) {1,1,1,4}: erodible; block (0,1) {2,2} (partial): non-erodible; block (1,1) {0,3}: sand, not sink
        assertArrayEquals(new byte[] {0, 1, 2, 0}, codes);
        // one 2 m sand cell per block (0,0) and (1,1): 2 m / 4 study cells = 0.5 m
        assertArrayEquals(new float[] {0.5f, 0f, 0f, 0.5f}, h);
        double studyVolume = 2 * 2.0 * 30 * 30, modelVolume = 0;
        for (float v : h) modelVolume += v * 60.0 * 60.0;
        assertEquals(studyVolume, modelVolume, 0, "initial sand volume 3600 m3 on both grids");
        // any-asset: block (0,0) has one farmland cell → farmland; block (1,0) farmland 3 x 1 < settlement 1 x 5
        assertArrayEquals(new byte[] {1, 2, 0, 0}, assets);
    }

    @Test
    void continuousLayersAreMeansOfFiniteValuesAndTrapsNeedAMajority() {
        float nan = Float.NaN;
        float[] v = {
            1, 2, 3, nan,
            3, 4, 5, 6,
            7, 8, nan, nan};
        float[] out = new float[4];
        agg.mean(v, 0, 3, out);
        assertArrayEquals(new float[] {2.5f, (float) (14.0 / 3), 7.5f, nan}, out);
        boolean[] trap = {
            true, true, true, false,
            true, false, false, false,
            true, false, false, false};
        boolean[] t = new boolean[4];
        agg.majority(trap, 0, 3, t);
        // 3 of 4, 1 of 4, 1 of 2 (not more than half), 0 of 2
        assertArrayEquals(new boolean[] {true, false, false, false}, t);
    }

    @Test
    void stripsGiveTheSameModelAsTheWholeGrid() {
        BlockAggregator a = new BlockAggregator(5, 7, 2);
        float[] v = new float[35];
        for (int i = 0; i < v.length; i++) v[i] = (float) Math.sin(i * 0.7) * 10;
        float[] whole = new float[a.modelWidth() * a.modelHeight()], strips = new float[whole.length];
        a.mean(v, 0, 7, whole);
        for (int row0 = 0; row0 < 7; row0 += 2) {
            int rows = a.rowsOf(row0, 2);
            float[] s = new float[5 * rows];
            System.arraycopy(v, row0 * 5, s, 0, s.length);
            a.mean(s, row0, rows, strips);
        }
        assertArrayEquals(whole, strips);
    }

    @Test
    void upsamplingIsNearestNeighbour() {
        float[] model = {1, 2, 3, 4};
        float[] study = new float[12];
        agg.upsample(model, 0, 3, study);
        assertArrayEquals(new float[] {1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4}, study);
    }

    @Test
    void aTransportRunOnTheAggregatedGridStartsWithTheStudyGridsSandVolume() {
        byte[] codes = new byte[4], assets = new byte[4];
        float[] h = new float[4];
        agg.surface(CODES, TransportFixtures.LOOKUP, ASSETS, ASSET_VALUES, 2.0, 0, 3, codes, assets, h);
        SandTransportInput in = SandTransportInput.builder(2, 2, 60, 60)
                .surface(codes, TransportFixtures.LOOKUP)
                .potentialFlux(FluxField.uniform(4, 5, 0))
                .assets(assets, List.of("farmland", "settlement"))
                .initialThicknessM(h)
                .build();
        TransportParams p = TransportParams.builder().horizonYears(1).build();
        MassBudget b = SandTransportOp.run(in, p, ProgressListener.NONE).summary().massBudget();
        assertEquals(3600.0, b.initialM3(), 1e-9);
        assertEquals(b.initialM3(), b.finalM3() + b.outflowM3() + b.sunkM3(), 1e-9);
    }
}
