package org.dunefront.render;

/**
 * How one class of a categorical raster is drawn and named in the legend.
 *
 * @param code  raster value
 * @param argb  fill colour, 0xAARRGGBB
 * @param label legend text
 */
public record CategoryStyle(int code, int argb, String label) {
    public CategoryStyle {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("label must not be empty for code " + code);
    }
}
