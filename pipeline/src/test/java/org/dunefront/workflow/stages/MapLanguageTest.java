package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.MapLanguage;
import org.dunefront.error.ConfigurationException;
import org.dunefront.legend.LegendFiles;
import org.dunefront.plan.Phase;
import org.dunefront.plan.PlanLegend;
import org.dunefront.plan.RestorationAction;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.render.ActionPlanMapRenderer;
import org.dunefront.render.CategoryStyle;
import org.dunefront.render.MapFonts;
import org.dunefront.render.MapLabel;
import org.dunefront.render.MapLayout;
import org.dunefront.render.MapRequest;
import org.dunefront.render.MapTexts;
import org.dunefront.render.WindRose;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * render.language names, fixed texts (headings, north, scale units, credits, default title) and render.fontFamily
 * resolution (a missing CJK font is a configuration error).
 */
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

    /** A fixed text is "English" when it is ASCII-only and holds a letter (numbers such as the scale's "0" are not). */
    private static boolean asciiEnglish(String t) {
        return t.chars().allMatch(ch -> ch < 128) && t.chars().anyMatch(Character::isLetter);
    }

    private static boolean hasHan(String t) {
        return t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    @Test
    void fixedMapTextsAreChineseUnderZhAndEnglishUnderEn() {
        MapTexts zh = ChineseMapNames.texts(MapLanguage.ZH);
        assertEquals(11, zh.all().size());
        for (String t : zh.all()) {
            assertFalse(asciiEnglish(t), "ZH fixed text is English: " + t);
            assertTrue(hasHan(t), "ZH fixed text has Chinese characters: " + t);
        }
        assertEquals("修复措施与阶段", zh.actionsHeading());
        assertEquals("第二阶段", zh.phase(2));
        assertEquals("北", zh.north());
        assertEquals("500 米", zh.scaleLength(500));
        assertEquals("2 千米", zh.scaleLength(2000));
        assertEquals("输沙势 812 VU  合成输沙方向 118°", zh.roseSummary(812.4, 117.6));
        assertTrue(hasHan(ChineseMapNames.credits(MapLanguage.ZH)));
        assertEquals("石羊河流域 — 分阶段修复规划", ChineseMapNames.title(ChineseMapNames.DEFAULT_TITLE_EN, MapLanguage.ZH));
        assertEquals("My basin", ChineseMapNames.title("My basin", MapLanguage.ZH), "a title the user set is kept");
        assertEquals(ConfigLoader.fromYaml(null, "x", List.of()).render().title(), ChineseMapNames.DEFAULT_TITLE_EN,
                "the default title the ZH map replaces is the configuration's default");

        MapTexts en = ChineseMapNames.texts(MapLanguage.EN);
        assertEquals(List.of("Actions and phases", "Phase outlines", "Phase 1", "Phase 2", "Phase 3", "Land cover (muted)",
                "Sand rose (DP, VU)", "DP 0  RDD 0°", "N", "500 m", "2 km"), en.all());
        assertEquals(RenderStage.CREDITS, ChineseMapNames.credits(MapLanguage.EN));
        assertEquals(ChineseMapNames.DEFAULT_TITLE_EN, ChineseMapNames.title(ChineseMapNames.DEFAULT_TITLE_EN, MapLanguage.EN));
    }

    /**
     * The map drawn under ZH: apart from the data's own texts (patch labels such as "1a #1"), nothing drawn is
     * ASCII-only English: not the headings, phase outlines, rose, north letter, scale bar or credits.
     */
    @Test
    void mapDrawnUnderZhHasNoEnglishFixedText() {
        GridGeometry g = GridGeometry.northUp(CrsDefinition.epsg(32648), 400000, 4270000, 30, 30, 80, 60);
        MemoryRaster plan = MemoryRaster.single("plan", g, DataType.UINT8, NoData.NONE);
        MemoryRaster lc = MemoryRaster.single("lc", g, DataType.UINT8, NoData.of(255));
        for (int r = 0; r < 60; r++) {
            for (int c = 0; c < 80; c++) {
                plan.band(0).set(c, r, r < 20 ? 12 : r < 40 ? 23 : 0);
                lc.band(0).set(c, r, 7);
            }
        }
        PlanLegend.Entry saline1 = entry(RestorationAction.SHRUB_SALINE, Optional.of(Phase.PHASE_1));
        PlanLegend.Entry barrier2 = entry(RestorationAction.MOUNTAIN_BARRIER, Optional.of(Phase.PHASE_2));
        var farmland = LegendFiles.defaultLegend().classes().stream().filter(c -> c.code() == 7).findFirst().orElseThrow();
        List<CategoryStyle> planStyles = List.of(
                new CategoryStyle(saline1.code(), saline1.argb(), ChineseMapNames.plan(saline1, MapLanguage.ZH)),
                new CategoryStyle(barrier2.code(), barrier2.argb(), ChineseMapNames.plan(barrier2, MapLanguage.ZH)));
        List<MapLabel> labels = List.of(new MapLabel(401200, 4269700, "1a #1", 1));
        MapRequest req = new MapRequest(g, null, lc, List.of(new CategoryStyle(7, farmland.argb(),
                ChineseMapNames.landCover(farmland, MapLanguage.ZH))), plan, planStyles, PlanLegend.phaseByCode(), labels,
                new WindRose(new double[] {100, 0, 0, 0, 0, 0, 50, 0}, 120, 120),
                ChineseMapNames.title(ChineseMapNames.DEFAULT_TITLE_EN, MapLanguage.ZH), ChineseMapNames.credits(MapLanguage.ZH),
                ChineseMapNames.texts(MapLanguage.ZH));
        List<String> drawn = new ActionPlanMapRenderer(MapLayout.defaults()).render(req).drawnTexts();
        // 80 cells × 30 m = 2.4 km: a quarter is 600 m → the scale bar shows 500 m
        for (String t : List.of("石羊河流域 — 分阶段修复规划", "修复措施与阶段", "阶段边界", "第一阶段", "第二阶段", "土地覆被（淡化显示）",
                "输沙玫瑰图（输沙势，VU）", "输沙势 150 VU  合成输沙方向 120°", "北", "500 米")) {
            assertTrue(drawn.contains(t), t + " in " + drawn);
        }
        List<String> english = new ArrayList<>();
        for (String t : drawn) if (!t.equals("1a #1") && asciiEnglish(t)) english.add(t);
        assertEquals(List.of(), english, "English text on the ZH map");
        for (String t : MapTexts.ENGLISH.all()) assertFalse(drawn.contains(t), t);
        assertFalse(drawn.contains(RenderStage.CREDITS));
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
