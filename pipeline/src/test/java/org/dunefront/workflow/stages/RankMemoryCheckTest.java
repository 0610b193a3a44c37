package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dunefront.error.OutOfMemoryException;
import org.dunefront.ranking.RoutingScheme;
import org.junit.jupiter.api.Test;

/** The rank stage's up-front heap check: per-cell budget of the strip layout, exit 5 with a heap that fits. */
class RankMemoryCheckTest {
    private static final long GB = 1L << 30;

    @Test
    void bytesPerCellIsTheSumOfTheWholeGridArrays() {
        // land cover 1 + rivers 1 + routing flags 1 + action codes 1 + union-find labels 4 (while labelling); the
        // routing's flux and reach are in scratch files, slope and aspect read in strips; D8 adds its direction byte
        assertEquals(1 + 1 + 1 + 1 + 4, RankStage.bytesPerCell(RoutingScheme.FACE_SPLIT));
        assertEquals(9, RankStage.bytesPerCell(RoutingScheme.D8));
        // 5000 x 5000: 25 M cells x 8 B, plus 64 MiB fixed, plus four distance layers of 71-row strips
        // (⌈√5000⌉ = 71; 71 strips): border state 71 x 5000 x 4 B, strip buffers 71 x 5000 x 17 B, scratch 5000 x 40 B;
        // one 71-row strip of four float layers, the reach (double) and the flux window (2 floats): 71 x 5000 x 32 B;
        // two open rasters (qx and qy while copied, then slope and aspect): the GeoTIFF reader's 48 MiB block cache
        // and a decoded 512-row chunk at 12 B per cell each; the flux and reach caches: 79 x 79 tiles of 64 x 64 cells,
        // 2048 cached tiles of 64 KiB each plus 5 B of bookkeeping per tile; the strip passes' flux reader: every tile a
        // 71-row strip touches, ⌈71 / 64⌉ + 1 = 3 rows of 79 tiles
        long strips = 4L * (71 * 5000 * 4 + 71 * 5000 * 17 + 5000 * 40);
        long streamed = 71L * 5000 * 32;
        long chunks = 2 * ((48L << 20) + 512L * 5000 * 12);
        long cache = 2 * (2048L * 65536 + 79 * 79 * 5) + (3 * 79 * 65536L + 79 * 79 * 5);
        // plus 15 % headroom for G1 (humongous arrays need contiguous free regions)
        long live = 25_000_000L * 8 + (64L << 20) + strips + streamed + chunks + cache;
        assertEquals(live + live * 15 / 100, RankStage.estimatedHeapBytes(5000, 5000, RoutingScheme.FACE_SPLIT));
    }

    @Test
    void twentyThousandSquaredFitsSixGigabytesAndATooSmallHeapFailsEarly() {
        // 400 M cells x 8 B = 3.20 GB; strips: 4 x (141 x 20000 x 4 + 142 x 20000 x 17 + 20000 x 40) = 0.241 GB;
        // 142 x 20000 x 32 = 0.091 GB; rasters 2 x (48 MiB + 512 x 20000 x 12) = 0.346 GB; caches 2 x (0.134 GB + 313² x 5 B);
        // flux reader for the strip passes: (⌈142 / 64⌉ + 1) x 313 tiles = 0.082 GB; fixed 0.067 GB
        long need = RankStage.estimatedHeapBytes(20000, 20000, RoutingScheme.FACE_SPLIT);
        long live = 3_200_000_000L + 4L * (141 * 20000 * 4 + 142 * 20000 * 17 + 20000 * 40) + 142L * 20000 * 32
                + 2 * ((48L << 20) + 512L * 20000 * 12) + 2 * (2048L * 65536 + 313 * 313 * 5) + (4 * 313 * 65536L + 313 * 313 * 5) + (64L << 20);
        assertEquals(live + live * 15 / 100, need); // 4.30 GB live + 15 % G1 headroom = 4.94 GB
        assertTrue(need < 6 * GB, need + " B does not fit -Xmx6g");
        assertDoesNotThrow(() -> RankStage.checkMemory(20000, 20000, RoutingScheme.FACE_SPLIT, 6 * GB));
        assertDoesNotThrow(() -> RankStage.checkMemory(20000, 20000, RoutingScheme.FACE_SPLIT, need));
        OutOfMemoryException e = assertThrows(OutOfMemoryException.class,
                () -> RankStage.checkMemory(20000, 20000, RoutingScheme.FACE_SPLIT, 3 * GB));
        assertEquals(5, e.exitCode());
        assertEquals("stage rank", e.subject());
        assertTrue(e.problem().contains("20000 x 20000 cells (8 bytes per cell) needs about 4.94 GB"), e.problem());
        assertTrue(e.fix().contains("JAVA_OPTS=-Xmx"), e.fix());
    }
}
