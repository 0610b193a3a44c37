package org.dunefront.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's fixed texts come from {@link MapRequest#texts()}: English by default, any language when given. */
class MapTextsTest {

    private static MapRequest with(MapRequest r, MapTexts texts) {
        return new MapRequest(r.grid(), r.dem(), r.landcover(), r.landcoverStyles(), r.actionPlan(), r.planStyles(),
                r.phaseByCode(), r.labels(), r.rose(), r.title(), r.credits(), texts);
    }

    /**
     * The test map is 200 cells × 30 m = 6 km wide: the scale bar takes the largest 1/2/5·10^k length up to a
     * quarter of it (1.5 km) = 1 km. The rose's sectors sum to 30+10+5+5+5+10+40+120 = 225 VU, RDD 125°.
     */
    @Test
    void englishIsTheDefaultAndEveryFixedTextIsDrawn() {
        List<String> drawn = new ActionPlanMapRenderer(MapLayout.defaults()).render(ActionPlanMapRendererTest.request()).drawnTexts();
        for (String t : List.of("Actions and phases", "Phase outlines", "Phase 1", "Phase 2", "Phase 3", "Land cover (muted)",
                "Sand rose (DP, VU)", "DP 225  RDD 125°", "N", "0", "1 km")) {
            assertTrue(drawn.contains(t), t + " in " + drawn);
        }
        assertEquals(MapTexts.ENGLISH, ActionPlanMapRendererTest.request().texts());
    }

    @Test
    void givenTextsReplaceEveryEnglishFixedText() {
        MapTexts fr = new MapTexts("Actions et phases", "Contours des phases", List.of("Phase un", "Phase deux", "Phase trois"),
                "Occupation du sol", "Rose des sables", "PD %.0f  DR %.0f°", "Nord", "mètres", "kilomètres");
        MapRequest req = with(ActionPlanMapRendererTest.request(), fr);
        List<String> drawn = new ActionPlanMapRenderer(MapLayout.defaults()).render(req).drawnTexts();
        for (String t : List.of("Actions et phases", "Contours des phases", "Phase un", "Phase deux", "Phase trois",
                "Occupation du sol", "Rose des sables", "PD 225  DR 125°", "Nord", "1 kilomètres")) {
            assertTrue(drawn.contains(t), t + " in " + drawn);
        }
        for (String english : MapTexts.ENGLISH.all()) assertFalse(drawn.contains(english), english + " still drawn: " + drawn);
        assertTrue(ActionPlanMapRenderer.texts(req).containsAll(fr.all()), "the font is chosen for the texts drawn");
        assertEquals("500 mètres", fr.scaleLength(500));
        assertEquals("2.5 kilomètres", fr.scaleLength(2500));
        assertThrows(IllegalArgumentException.class, () -> new MapTexts("a", "b", List.of("1", "2"), "c", "d", "%.0f %.0f",
                "N", "m", "km"), "three phase names");
    }

    /** Chinese has no spaces: a long run of Han characters still wraps inside the legend width. */
    @Test
    void wrapBreaksTextWithoutSpacesBetweenCharacters() {
        Font font = new Font("DejaVu Sans", Font.PLAIN, 11);
        FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(font);
        String longWord = "x".repeat(300);
        List<String> lines = ActionPlanMapRenderer.wrap("short words " + longWord + " end", fm, 200);
        assertEquals("shortwords" + longWord + "end", String.join("", lines).replace(" ", ""), "no character lost");
        for (String l : lines) assertTrue(fm.stringWidth(l) <= 200, l.length() + " chars: " + fm.stringWidth(l) + " px");
        assertTrue(lines.size() >= 4, "300 x of ~7 px need at least 4 lines of 200 px: " + lines.size());
        assertEquals(List.of("a b c"), ActionPlanMapRenderer.wrap("a b c", fm, 200), "English text wraps at spaces as before");
        assertEquals(List.of("one two", "three"), ActionPlanMapRenderer.wrap("one two three", fm,
                fm.stringWidth("one two three") - 1), "breaks at the last space that fits");
        String han = "标注各已排期斑块的阶段与优先序号".repeat(6) + "（如 1a #3）";
        List<String> zh = ActionPlanMapRenderer.wrap(han, fm, 150);
        assertEquals(han.replace(" ", ""), String.join("", zh).replace(" ", ""), "no character lost");
        for (int i = 0; i < zh.size(); i++) {
            int w = fm.stringWidth(zh.get(i));
            assertTrue(w <= 150, zh.get(i) + ": " + w + " px");
            if (i < zh.size() - 2) {
                int next = zh.get(i + 1).codePointAt(0);
                assertTrue(fm.stringWidth(zh.get(i) + new String(Character.toChars(next))) > 150,
                        "a line is filled before breaking between Han characters: " + zh.get(i));
            }
        }
    }
}
