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
        // land cover 1 + rivers 1 + the flux the routing reads (qx, qy float32: 8) + routing flags 1; the reach
        // goes to a scratch file, slope and aspect are read in strips; D8 adds its direction byte
        assertEquals(1 + 1 + 8 + 1, RankStage.bytesPerCell(RoutingScheme.FACE_SPLIT));
        assertEquals(12, RankStage.bytesPerCell(RoutingScheme.D8));
        // 5000 x 5000: 25 M cells x 11 B, plus 64 MiB fixed, plus four distance layers of 71-row strips
        // (⌈√5000⌉ = 71; 71 strips): border state 71 x 5000 x 4 B, strip buffers 71 x 5000 x 17 B, scratch 5000 x 40 B;
        // one 71-row strip of four float layers, the reach (double) and the flux window (2 floats): 71 x 5000 x 32 B;
        // four decoded 512-row chunks at 12 B per cell; the reach cache: 79 x 79 tiles of 64 x 64 cells, 4096 cached
        // tiles of 64 KiB plus 5 B of bookkeeping per tile
        long strips = 4L * (71 * 5000 * 4 + 71 * 5000 * 17 + 5000 * 40);
        long streamed = 71L * 5000 * 32;
        long chunks = 4L * 512 * 5000 * 12;
        long cache = 4096L * 65536 + 79 * 79 * 5;
        assertEquals(25_000_000L * 11 + (64L << 20) + strips + streamed + chunks + cache,
                RankStage.estimatedHeapBytes(5000, 5000, RoutingScheme.FACE_SPLIT));
    }

    @Test
    void twentyThousandSquaredFitsSixGigabytesAndATooSmallHeapFailsEarly() {
        // 400 M cells x 11 B = 4.40 GB; strips: 4 x (141 x 20000 x 4 + 142 x 20000 x 17 + 20000 x 40) = 0.241 GB;
        // 142 x 20000 x 32 = 0.091 GB; chunks 4 x 512 x 20000 x 12 = 0.492 GB; cache 0.268 GB + 313² x 5 B; fixed 0.067 GB
        long need = RankStage.estimatedHeapBytes(20000, 20000, RoutingScheme.FACE_SPLIT);
        long byHand = 4_400_000_000L + 4L * (141 * 20000 * 4 + 142 * 20000 * 17 + 20000 * 40) + 142L * 20000 * 32
                + 4L * 512 * 20000 * 12 + 4096L * 65536 + 313 * 313 * 5 + (64L << 20);
        assertEquals(byHand, need);
        assertTrue(need < 6 * GB, need + " B does not fit -Xmx6g");
        assertDoesNotThrow(() -> RankStage.checkMemory(20000, 20000, RoutingScheme.FACE_SPLIT, 6 * GB));
        assertDoesNotThrow(() -> RankStage.checkMemory(20000, 20000, RoutingScheme.FACE_SPLIT, need));
        OutOfMemoryException e = assertThrows(OutOfMemoryException.class,
                () -> RankStage.checkMemory(20000, 20000, RoutingScheme.FACE_SPLIT, 4 * GB));
        assertEquals(5, e.exitCode());
        assertEquals("stage rank", e.subject());
        assertTrue(e.problem().contains("20000 x 20000 cells (11 bytes per cell) needs about 5.56 GB"), e.problem());
        assertTrue(e.fix().contains("JAVA_OPTS=-Xmx"), e.fix());
    }
}
