package org.dunefront.config;

/** The action-plan map products. */
public record RenderConfig(
        @Param(description = "Title written into the map legend and GeoPackage metadata",
                defaultValue = "Shiyang River Basin - phased restoration plan") String title,
        @Param(description = "Add a hillshade under the action map preview", defaultValue = "true") boolean hillshade,
        @Param(description = "Also write the patches as a GeoPackage layer", defaultValue = "true") boolean geopackage,
        @Param(description = "Width of the map frame of the PNG/PDF map", unit = "px", min = 200, max = 20000,
                defaultValue = "1400") int previewWidthPx,
        @Param(description = "Language of the map text (EN, or ZH: Chinese land-cover, phase and action names, headings, scale, credits)",
                defaultValue = "EN") MapLanguage language,
        @Param(description = "Font family of the map text; empty = the first installed of DejaVu Sans and the CJK fonts "
                + "(WenQuanYi Micro Hei, Noto Sans CJK SC) that can display every label",
                defaultValue = "\"\"") String fontFamily) {
}
