package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import org.dunefront.config.MapLanguage;
import org.dunefront.error.ConfigurationException;
import org.dunefront.legend.LegendFiles;
import org.dunefront.plan.Phase;
import org.dunefront.plan.PlanLegend;
import org.dunefront.plan.RestorationAction;
import org.dunefront.render.MapFonts;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** render.language names and render.fontFamily resolution (a missing CJK font is a configuration error). */
class MapLanguageTest {
    private static PlanLegend.Entry entry(RestorationAction a, Optional<Phase> p) {
        return PlanLegend.entries().stream().filter(e -> e.action() == a && e.phase().equals(p)).findFirst().orElseThrow();
    }

    @Test
    void chineseNamesOfPhasesActionsAndLandCover() {
        PlanLegend.Entry saline1 = entry(RestorationAction.SHRUB_SALINE, Optional.of(Phase.PHASE_1));
        assertEquals("Phase 1a — saline-alkali shrubs", ChineseMapNames.plan(saline1, MapLanguage.EN));
        assertEquals("第一阶段 1a — 耐盐灌木", ChineseMapNames.plan(saline1, MapLanguage.ZH));
        assertEquals("未排期 — 固沙灌木",
                ChineseMapNames.plan(entry(RestorationAction.SHRUB_SAND_FIXATION, Optional.empty()), MapLanguage.ZH));
        var farmland = LegendFiles.defaultLegend().classes().stream().filter(c -> c.code() == 7).findFirst().orElseThrow();
        assertEquals("Farmland", ChineseMapNames.landCover(farmland, MapLanguage.EN));
        assertEquals(farmland.nameZh(), ChineseMapNames.landCover(farmland, MapLanguage.ZH));
        assertTrue(farmland.nameZh().codePoints().allMatch(Character::isIdeographic), farmland.nameZh());
    }

    @Test
    void fontFamilyFollowsTheTextAndFailsClearlyWithoutAGlyphCoveringFont() {
        List<String> english = List.of("Shiyang River Basin", "Phase 1a — saline-alkali shrubs", "DP 0  RDD 0°");
        assertEquals("DejaVu Sans", RenderStage.fontFamily("", english), "the committed English maps keep their font");
        ConfigurationException missing = assertThrows(ConfigurationException.class,
                () -> RenderStage.fontFamily("No Such Font 42", english));
        assertTrue(missing.getMessage().contains("render.fontFamily") && missing.getMessage().contains("not installed"),
                missing.getMessage());
        List<String> chinese = List.of("石羊河流域分阶段修复规划", "第一阶段 1a — 耐盐灌木");
        ConfigurationException latinOnly = assertThrows(ConfigurationException.class,
                () -> RenderStage.fontFamily("DejaVu Sans", chinese));
        assertTrue(latinOnly.getMessage().contains(MapFonts.CJK_FONT_PACKAGE), latinOnly.getMessage());
        assertTrue(latinOnly.getMessage().contains("石羊河流域分阶段修复规划"), "names the text: " + latinOnly.getMessage());
        boolean cjk = MapFonts.installedFamilies().contains("WenQuanYi Micro Hei");
        if (!cjk && RealData.inCi()) fail("CJK font not installed: apt-get install " + MapFonts.CJK_FONT_PACKAGE);
        Assumptions.assumeTrue(cjk, "CJK font not installed (apt-get install " + MapFonts.CJK_FONT_PACKAGE + ")");
        assertEquals("WenQuanYi Micro Hei", RenderStage.fontFamily("", chinese));
    }
}
