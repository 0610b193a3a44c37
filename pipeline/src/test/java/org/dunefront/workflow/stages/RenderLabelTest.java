package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Map labels are the phase code and priority rank; the legend spells out the phase. */
class RenderLabelTest {
    @Test
    void phaseLabelIsShortenedToCodeAndRank() {
        assertEquals("1a #3", RenderStage.shortLabel("Phase 1a — saline-alkali shrubs", "3"));
        assertEquals("2b #12", RenderStage.shortLabel("Phase 2b — mountain barriers", " 12"));
        assertEquals("custom #1", RenderStage.shortLabel("custom", "1"));
    }
}
