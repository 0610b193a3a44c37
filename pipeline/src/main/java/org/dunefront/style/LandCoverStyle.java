package org.dunefront.style;

import java.util.List;
import org.dunefront.legend.Legend;

/** Styles of a land-cover raster coded with a {@link Legend}: its palette and class names. */
public final class LandCoverStyle {
    private LandCoverStyle() { }

    /** One category per legend class, ascending code, label "code name". */
    public static List<Category> categories(Legend legend) {
        return legend.classes().stream()
                .map(c -> Category.of(c.code(), c.name(), c.argb()))
                .toList();
    }

    /** The class style of {@code landcover.tif}: one class per legend code. */
    public static ClassStyle style(Legend legend) {
        return new ClassStyle("Land cover (" + legend.name() + ")", categories(legend));
    }

    /** QGIS QML (paletted renderer, band 1). */
    public static String qml(Legend legend) {
        return style(legend).qml();
    }

    /** OGC SLD 1.0 ({@code ColorMap type="values"}). */
    public static String sld(Legend legend) {
        return style(legend).sld("landcover");
    }
}
