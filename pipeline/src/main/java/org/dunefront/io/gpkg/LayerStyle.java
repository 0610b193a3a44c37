package org.dunefront.io.gpkg;

import java.util.Objects;

/**
 * A style stored in the GeoPackage's QGIS {@code layer_styles} table so that QGIS opens the layer
 * styled.
 *
 * @param styleName   style name shown in QGIS
 * @param qml         QGIS QML document
 * @param sld         OGC SLD document (may be empty)
 * @param description free text
 */
public record LayerStyle(String styleName, String qml, String sld, String description) {
    public LayerStyle {
        Objects.requireNonNull(styleName);
        Objects.requireNonNull(qml);
        sld = sld == null ? "" : sld;
        description = description == null ? "" : description;
    }
}
