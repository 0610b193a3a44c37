package org.dunefront.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Colour ramps and ramp/class styles, expected values worked out by hand from the anchor colours. */
class RampStyleTest {
    @Test
    void rampInterpolatesBetweenAnchorsPerChannel() {
        // YlOrRd anchors #ffffb2 #fecc5c #fd8d3c #f03b20 #bd0026: t = 0.125 is halfway between the first two
        assertEquals(0xFFFFFFB2, ColourRamp.YL_OR_RD.at(0));
        assertEquals(0xFFBD0026, ColourRamp.YL_OR_RD.at(1));
        assertEquals(0xFFFD8D3C, ColourRamp.YL_OR_RD.at(0.5));
        // (ff+fe)/2 = 254.5 → 255 (round half up), (ff+cc)/2 = 229.5 → 230 = e6, (b2+5c)/2 = 135 = 87
        assertEquals(0xFFFFE687, ColourRamp.YL_OR_RD.at(0.125));
        assertEquals(ColourRamp.YL_OR_RD.at(1), ColourRamp.YL_OR_RD.at(7), "clamped");
        assertEquals(ColourRamp.COMPASS.at(0), ColourRamp.COMPASS.at(1), "cyclic ramp closes on itself");
    }

    @Test
    void sequentialSpreadsColoursEvenlyOverUnevenBreaks() {
        RampStyle s = RampStyle.sequential("Slope (°)", "°", ColourRamp.YL_OR_BR, 0, 2, 5, 10, 20, 45);
        assertEquals(List.of(0.0, 2.0, 5.0, 10.0, 20.0, 45.0), s.stops().stream().map(RampStop::value).toList());
        assertEquals(List.of("0°", "2°", "5°", "10°", "20°", "45°"), s.stops().stream().map(RampStop::label).toList());
        assertEquals(0xFFFFFFD4, s.stops().get(0).argb());
        assertEquals(ColourRamp.YL_OR_BR.at(0.4), s.stops().get(2).argb());
        assertEquals(0xFF993404, s.stops().get(5).argb());
        assertEquals("200 VU", RampStyle.label(200, "VU"));
        assertEquals("0.3", RampStyle.label(0.3, ""));
        assertEquals("0 m", RampStyle.label(-0.0, "m"));
    }

    @Test
    void divergingIsSymmetricWithTheNeutralColourAtZero() {
        RampStyle s = RampStyle.diverging("Sx (°)", "°", ColourRamp.BROWN_WHITE_TEAL, "exposed", "sheltered", 2, 10);
        assertEquals(List.of(-10.0, -2.0, 0.0, 2.0, 10.0), s.stops().stream().map(RampStop::value).toList());
        assertEquals(0xFFF5F5F5, s.stops().get(2).argb());
        assertEquals(0xFFA6611A, s.stops().get(0).argb());
        assertEquals(0xFF018571, s.stops().get(4).argb());
        assertEquals(0xFFDFC27D, s.stops().get(1).argb(), "-2 is halfway out on the negative side (t = 0.25)");
        assertEquals("-10° (exposed)", s.stops().get(0).label());
        assertEquals("10° (sheltered)", s.stops().get(4).label());
        assertThrows(IllegalArgumentException.class,
                () -> RampStyle.diverging("x", "", ColourRamp.BLUE_WHITE_RED, "-", "+", 0, 1));
    }

    @Test
    void compassRampLabelsEveryOctantAndWraps() {
        RampStyle s = RampStyle.compass("RDD (°)", ColourRamp.COMPASS);
        assertEquals(9, s.stops().size());
        assertEquals("90° (E)", s.stops().get(2).label());
        assertEquals("360° (N)", s.stops().get(8).label());
        assertEquals(s.stops().get(0).argb(), s.stops().get(8).argb());
    }

    @Test
    void notesAndTransparencyApplyToOneStop() {
        RampStyle s = RampStyle.sequential("t (m)", "m", ColourRamp.YL_OR_BR, 0, 1).transparentAt(0).withNote(0, "no sand");
        assertEquals("0 m (no sand)", s.stops().get(0).label());
        assertEquals(0x00FFFFD4, s.stops().get(0).argb());
        assertEquals(0xFF993404, s.stops().get(1).argb());
        assertThrows(IllegalArgumentException.class, () -> s.withNote(0.5, "none there"));
    }

    @Test
    void classValuesMustAscend() {
        assertThrows(IllegalArgumentException.class, () -> new ClassStyle("x",
                List.of(Category.of(2, "b", 0), Category.of(1, "a", 0))));
        ClassStyle ok = new ClassStyle("x", List.of(Category.of(1, "a", 0xFF102030), Category.of(2, "b", 0)));
        assertEquals(ok.qml(), StyleGenerator.categoricalRasterQml(ok.categories(), 1));
    }
}
