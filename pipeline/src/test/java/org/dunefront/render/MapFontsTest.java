package org.dunefront.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Chinese labels get a CJK font whose glyphs are real (not the missing-glyph box). */
class MapFontsTest {
    static final String LABEL = "第一阶段 — 耐盐灌木";

    /** Fails in CI, skips elsewhere, when the CJK font of scripts/install-deps.sh is missing. */
    @BeforeAll
    static void requireCjkFont() {
        boolean ok = MapFonts.installedFamilies().contains("WenQuanYi Micro Hei");
        String msg = "CJK font 'WenQuanYi Micro Hei' not installed (apt-get install " + MapFonts.CJK_FONT_PACKAGE
                + "; scripts/install-deps.sh does)";
        if (!ok && RealData.inCi()) fail(msg);
        Assumptions.assumeTrue(ok, msg);
    }

    @Test
    void latinTextKeepsDejaVuAndChineseTextGetsTheCjkFont() {
        assertEquals(Optional.of("DejaVu Sans"), MapFonts.familyFor(MapFonts.DEFAULT_FAMILIES,
                List.of("Phase 1a — saline-alkali shrubs", "Sand rose (DP, VU)", "DP 0  RDD 0°")));
        assertEquals(Optional.of(LABEL), MapFonts.firstUndisplayable("DejaVu Sans", List.of("Phase 1", LABEL)),
                "DejaVu Sans has no Han glyphs: the label would be drawn as boxes");
        assertEquals(Optional.of("WenQuanYi Micro Hei"), MapFonts.familyFor(MapFonts.DEFAULT_FAMILIES, List.of("Phase 1", LABEL)));
        assertEquals(Optional.empty(), MapFonts.familyFor(List.of("DejaVu Sans", "No Such Font"), List.of(LABEL)));
    }

    @Test
    void chosenFontDrawsDistinctGlyphsNotTofu() {
        String family = MapFonts.familyFor(MapFonts.DEFAULT_FAMILIES, List.of(LABEL)).orElseThrow();
        Font font = new Font(family, Font.PLAIN, 1).deriveFont(32f);
        assertEquals(-1, font.canDisplayUpTo(LABEL));
        assertFalse(font.canDisplay(0x10FFFD), "a private-use code point has no glyph: it shows the missing-glyph shape");
        int[] missing = glyph(font, new String(Character.toChars(0x10FFFD)));
        int[] nai = glyph(font, "耐"), yan = glyph(font, "盐"), guan = glyph(font, "灌");
        for (int[] g : List.of(nai, yan, guan)) {
            assertTrue(ink(g) > 60, "glyph has ink: " + ink(g));
            assertFalse(java.util.Arrays.equals(g, missing), "glyph differs from the missing-glyph box");
        }
        assertFalse(java.util.Arrays.equals(nai, yan));
        assertFalse(java.util.Arrays.equals(yan, guan));
        assertArrayEquals(nai, glyph(font, "耐"), "deterministic rendering");
        // 耐 (9 strokes) and 灌 (20 strokes) are more complex than the box outline of a missing glyph
        assertTrue(ink(guan) > ink(missing), ink(guan) + " vs box " + ink(missing));
    }

    @Test
    void mapTitleInChineseIsDrawnWithGlyphs() {
        MapRequest base = ActionPlanMapRendererTest.request();
        String title = "石羊河流域 — 分阶段修复规划";
        MapRequest zh = withTitle(base, title);
        String family = MapFonts.familyFor(MapFonts.DEFAULT_FAMILIES, ActionPlanMapRenderer.texts(zh)).orElseThrow();
        assertEquals("WenQuanYi Micro Hei", family);
        MapLayout d = MapLayout.defaults();
        MapLayout layout = new MapLayout(d.mapWidthPx(), d.legendWidthPx(), family, d.landcoverWeight(), d.sunAzimuthDeg(),
                d.sunAltitudeDeg());
        int[] real = titleBand(new ActionPlanMapRenderer(layout).render(zh).image());
        String boxes = new String(Character.toChars(0x10FFFD)).repeat(5) + " — " + new String(Character.toChars(0x10FFFD)).repeat(6);
        int[] tofu = titleBand(new ActionPlanMapRenderer(layout).render(withTitle(base, boxes)).image());
        assertTrue(ink(real) > 400, "title has ink: " + ink(real));
        assertFalse(java.util.Arrays.equals(real, tofu), "the Chinese title is not drawn as missing-glyph boxes");
    }

    private static MapRequest withTitle(MapRequest r, String title) {
        return new MapRequest(r.grid(), r.dem(), r.landcover(), r.landcoverStyles(), r.actionPlan(), r.planStyles(),
                r.phaseByCode(), r.labels(), r.rose(), title, r.credits());
    }

    /** Dark pixels of the title band (top 64 px, left 700 px). */
    private static int[] titleBand(BufferedImage img) {
        int[] px = img.getRGB(0, 0, 700, 64, null, 0, 700);
        for (int i = 0; i < px.length; i++) px[i] = (px[i] & 0xFF) < 128 ? 1 : 0;
        return px;
    }

    /** Dark pixels of {@code text} drawn black on white, 48 × 48, no anti-aliasing. */
    private static int[] glyph(Font font, String text) {
        BufferedImage img = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 48, 48);
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.drawString(text, 4, 38);
        g.dispose();
        int[] px = img.getRGB(0, 0, 48, 48, null, 0, 48);
        for (int i = 0; i < px.length; i++) px[i] = (px[i] & 0xFF) < 128 ? 1 : 0;
        return px;
    }

    private static int ink(int[] g) {
        int n = 0;
        for (int v : g) n += v;
        return n;
    }
}
