package org.dunefront.render;

/**
 * Page layout parameters of the rendered map.
 *
 * @param mapWidthPx      width of the map frame in pixels (the height follows the grid's aspect)
 * @param legendWidthPx   width of the legend panel to the right of the map
 * @param fontFamily      font family for all text ("DejaVu Sans" default; a CJK-capable family such as
 *                        "WenQuanYi Micro Hei" or "Noto Sans CJK SC" when labels are Chinese)
 * @param landcoverWeight how strongly land-cover colours show over the hillshade, 0..1 (muted: ~0.45)
 * @param sunAzimuthDeg   hillshade light azimuth, degrees clockwise from north
 * @param sunAltitudeDeg  hillshade light altitude, degrees
 */
public record MapLayout(int mapWidthPx, int legendWidthPx, String fontFamily, double landcoverWeight,
                        double sunAzimuthDeg, double sunAltitudeDeg) {
    public MapLayout {
        if (mapWidthPx < 200 || mapWidthPx > 20000) throw new IllegalArgumentException("mapWidthPx must be in 200..20000, got " + mapWidthPx);
        if (legendWidthPx < 150) throw new IllegalArgumentException("legendWidthPx must be >= 150, got " + legendWidthPx);
        if (!(landcoverWeight >= 0 && landcoverWeight <= 1)) throw new IllegalArgumentException("landcoverWeight must be in 0..1");
    }

    public static MapLayout defaults() {
        return new MapLayout(1400, 460, "DejaVu Sans", 0.45, 315, 45);
    }
}
