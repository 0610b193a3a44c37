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
        // inputs 18 (land cover 1, rivers 1, qx, qy, slope, aspect 4 each) + routing 17 (flags 1, two double
        // reaches) + action codes 1 + labels 4; D8 adds its direction byte
        assertEquals(18 + 17 + 1 + 4, RankStage.bytesPerCell(RoutingScheme.FACE_SPLIT));
        assertEquals(41, RankStage.bytesPerCell(RoutingScheme.D8));
        // 5000 x 5000: 25 M cells x 40 B = 1.0 GB, plus 64 MiB fixed, plus four distance layers of 71-row strips
        // (⌈√5000⌉ = 71; 71 strips): border state 71 x 5000 x 4 B, strip buffers 71 x 5000 x 17 B, scratch 5000 x 40 B
        long strips = 4L * (71 * 5000 * 4 + 71 * 5000 * 17 + 5000 * 40);
        assertEquals(25_000_000L * 40 + (64L << 20) + strips, RankStage.estimatedHeapBytes(5000, 5000, RoutingScheme.FACE_SPLIT));
    }

    @Test
    void tooSmallHeapFailsEarlyWithExitFiveAndAHeapThatFits() {
        assertDoesNotThrow(() -> RankStage.checkMemory(5000, 5000, RoutingScheme.FACE_SPLIT, 6 * GB));
        OutOfMemoryException e = assertThrows(OutOfMemoryException.class,
                () -> RankStage.checkMemory(20000, 20000, RoutingScheme.FACE_SPLIT, 6 * GB));
        assertEquals(5, e.exitCode());
        assertEquals("stage rank", e.subject());
        // 400 M cells x 40 B = 16.0 GB + 0.07 GB fixed + 0.24 GB of strips = 16.3 GB (15.2 GiB → 16, plus 1 GiB spare)
        assertTrue(e.problem().contains("20000 x 20000 cells (40 bytes per cell) needs about 16.31 GB"), e.problem());
        assertTrue(e.fix().contains("JAVA_OPTS=-Xmx17g"), e.fix());
        long need = RankStage.estimatedHeapBytes(20000, 20000, RoutingScheme.FACE_SPLIT);
        assertDoesNotThrow(() -> RankStage.checkMemory(20000, 20000, RoutingScheme.FACE_SPLIT, need));
    }
}
