package org.dunefront.style;

import java.util.List;

/**
 * Colour ramps sampled at a fraction {@code t} in 0..1 by linear interpolation between evenly
 * spaced anchor colours (sRGB, rounded per channel: deterministic). Anchors from ColorBrewer
 * (Brewer, C.A., www.ColorBrewer.org, Pennsylvania State University) and matplotlib's viridis
 * (van der Walt &amp; Smith 2015); the diverging ramps have their neutral colour at {@code t = 0.5},
 * the cyclic ramp starts and ends on the same colour.
 */
public enum ColourRamp {
    /** Sequential yellow → orange → red (ColorBrewer YlOrRd-5): magnitudes where more is worse. */
    YL_OR_RD(0xFFFFB2, 0xFECC5C, 0xFD8D3C, 0xF03B20, 0xBD0026),
    /** Sequential pale yellow → brown (ColorBrewer YlOrBr-5): sand thickness, slope. */
    YL_OR_BR(0xFFFFD4, 0xFED98E, 0xFE9929, 0xD95F0E, 0x993404),
    /** Sequential dark blue → green → yellow (viridis): speeds and rates. */
    VIRIDIS(0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725),
    /** Red (early) → yellow → pale (late): arrival years, where early is urgent (reversed YlOrRd). */
    YL_OR_RD_REVERSED(0xBD0026, 0xF03B20, 0xFD8D3C, 0xFECC5C, 0xFFFFB2),
    /** Hypsometric tints, lowland green → desert tan → mountain brown → snow. */
    ELEVATION(0x5A8F29, 0xA6C46A, 0xF2E6A0, 0xD2B48C, 0x8C6239, 0xF5F5F5),
    /** Diverging blue (negative) → white → red (positive) (ColorBrewer RdBu-5 reversed): signed vector components. */
    BLUE_WHITE_RED(0x0571B0, 0x92C5DE, 0xF7F7F7, 0xF4A582, 0xCA0020),
    /** Diverging purple (negative: erosion) → white → orange (positive: deposition) (ColorBrewer PuOr-5 reversed). */
    PURPLE_WHITE_ORANGE(0x5E3C99, 0xB2ABD2, 0xF7F7F7, 0xFDB863, 0xE66101),
    /** Diverging brown (negative: exposed) → white → teal (positive: sheltered) (ColorBrewer BrBG-5). */
    BROWN_WHITE_TEAL(0xA6611A, 0xDFC27D, 0xF5F5F5, 0x80CDC1, 0x018571),
    /** Cyclic hue wheel for azimuths (N red, E yellow, S teal, W purple, back to red at 360°). */
    COMPASS(0xE41A1C, 0xFF7F00, 0xE6C619, 0x4DAF4A, 0x1B9E9E, 0x377EB8, 0x6A3D9A, 0xC51B7D, 0xE41A1C);

    private final List<Integer> anchorsRgb;

    ColourRamp(int... rgb) {
        this.anchorsRgb = java.util.Arrays.stream(rgb).boxed().toList();
    }

    /** Opaque ARGB colour at fraction {@code t} (clamped to 0..1). */
    public int at(double t) {
        double x = Math.max(0, Math.min(1, t)) * (anchorsRgb.size() - 1);
        int k = Math.min((int) Math.floor(x), anchorsRgb.size() - 2);
        double f = x - k;
        int a = anchorsRgb.get(k), b = anchorsRgb.get(k + 1);
        int argb = 0xFF000000;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int ca = (a >> shift) & 0xFF, cb = (b >> shift) & 0xFF;
            argb |= (int) Math.round(ca + (cb - ca) * f) << shift;
        }
        return argb;
    }
}
