package org.dunefront.style;

/**
 * The style of one single-band raster layer (band 1), written as QGIS QML and OGC SLD 1.0 with a
 * GeoServer {@code RasterSymbolizer/ColorMap}: {@link ClassStyle} for class rasters (QGIS "paletted",
 * SLD {@code type="values"}), {@link RampStyle} for continuous rasters (QGIS "singlebandpseudocolor",
 * SLD {@code type="ramp"}).
 */
public sealed interface RasterStyle permits ClassStyle, RampStyle {
    /** Layer title with the quantity and its unit, e.g. "DP (VU) — drift potential". */
    String title();

    /** QGIS QML document (applied by QGIS to {@code x.tif} when saved as {@code x.qml} beside it). */
    String qml();

    /** OGC SLD 1.0 document whose {@code NamedLayer/Name} is {@code layerName}. */
    String sld(String layerName);
}
