package org.dunefront.config;

/** The action-plan map products. */
public record RenderConfig(
        @Param(description = "Title written into the map legend and GeoPackage metadata",
                defaultValue = "Shiyang River Basin - phased restoration plan") String title,
        @Param(description = "Add a hillshade under the action map preview", defaultValue = "true") boolean hillshade,
        @Param(description = "Also write the patches as a GeoPackage layer", defaultValue = "true") boolean geopackage,
        @Param(description = "Width of the PNG preview", unit = "px", min = 100, max = 20000,
                defaultValue = "1600") int previewWidthPx) {
}
