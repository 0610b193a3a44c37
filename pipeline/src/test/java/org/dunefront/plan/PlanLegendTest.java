package org.dunefront.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanLegendTest {

    @Test
    void actionsHaveStableCodesAndKebabIds() {
        assertEquals(List.of("shrub-sand-fixation", "shrub-saline", "mountain-barrier", "mixed-planting", "de-channelization"),
                java.util.Arrays.stream(RestorationAction.values()).map(RestorationAction::id).toList());
        assertEquals(List.of(1, 2, 3, 4, 5),
                java.util.Arrays.stream(RestorationAction.values()).map(RestorationAction::code).toList());
        assertEquals(Optional.of(RestorationAction.MIXED_PLANTING), RestorationAction.ofId("mixed-planting"));
        assertEquals(Optional.of(RestorationAction.DE_CHANNELIZATION), RestorationAction.ofCode(5));
    }

    @Test
    void phaseLabelsFollowThePlan() {
        assertEquals("Phase 1a — saline-alkali shrubs", Phase.PHASE_1.label(RestorationAction.SHRUB_SALINE));
        assertEquals("Phase 1b — mixed planting in shelterbelts", Phase.PHASE_1.label(RestorationAction.MIXED_PLANTING));
        assertEquals("Phase 1c — seasonal-river de-channelization", Phase.PHASE_1.label(RestorationAction.DE_CHANNELIZATION));
        assertEquals("Phase 2b — mountain barriers", Phase.PHASE_2.label(RestorationAction.MOUNTAIN_BARRIER));
        assertEquals("3a", Phase.PHASE_3.shortLabel(RestorationAction.DE_CHANNELIZATION));
    }

    @Test
    void codesPaletteAndNamesAreConsistent() {
        assertEquals(23, PlanLegend.code(RestorationAction.MOUNTAIN_BARRIER, Optional.of(Phase.PHASE_2)));
        assertEquals(3, PlanLegend.code(RestorationAction.MOUNTAIN_BARRIER, Optional.empty()));
        List<Integer> palette = PlanLegend.palette();
        List<String> names = PlanLegend.categoryNames();
        assertEquals(36, palette.size());
        assertEquals(36, names.size());
        assertEquals(0, palette.get(0));
        assertEquals("No action", names.get(0));
        assertEquals("Phase 2b — mountain barriers", names.get(23));
        assertEquals(0xFF7570B3, palette.get(12)); // Phase 1 saline = full Dark2 purple
        assertEquals("", names.get(7));
        assertEquals(0, palette.get(7));
        assertEquals(21, PlanLegend.entries().size());
        Set<Integer> colours = new HashSet<>();
        for (PlanLegend.Entry e : PlanLegend.entries()) {
            if (e.code() == 0) continue;
            assertEquals(0xFF, e.argb() >>> 24, "opaque");
            assertTrue(colours.add(e.argb()), "distinct colour for " + e.name());
        }
        assertNotEquals(palette.get(11), palette.get(21));
        assertEquals(15, PlanLegend.phaseByCode().size());
        assertEquals(2, PlanLegend.phaseByCode().get(23));
    }
}
