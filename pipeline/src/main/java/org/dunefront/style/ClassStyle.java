package org.dunefront.style;

import java.util.List;
import java.util.Objects;

/**
 * A class raster's style: one colour and label per raster value, values ascending (SLD
 * {@code ColorMapEntry} quantities must ascend).
 *
 * @param title      layer title
 * @param categories classes in ascending numeric value
 */
public record ClassStyle(String title, List<Category> categories) implements RasterStyle {
    public ClassStyle {
        Objects.requireNonNull(title);
        categories = List.copyOf(categories);
        if (categories.isEmpty()) throw new IllegalArgumentException("a class style needs at least one class");
        for (int i = 1; i < categories.size(); i++) {
            double a = Double.parseDouble(categories.get(i - 1).value()), b = Double.parseDouble(categories.get(i).value());
            if (!(b > a)) throw new IllegalArgumentException("class values must ascend: " + a + " then " + b);
        }
    }

    @Override
    public String qml() {
        return StyleGenerator.categoricalRasterQml(categories, 1);
    }

    @Override
    public String sld(String layerName) {
        return StyleGenerator.categoricalRasterSld(layerName, title, categories);
    }
}
