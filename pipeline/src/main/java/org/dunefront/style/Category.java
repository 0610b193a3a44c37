package org.dunefront.style;

import java.util.Objects;

/**
 * One class of a categorical style: a raster value or attribute value, its label and colour.
 *
 * @param value the raster value or attribute value (its text form is written)
 * @param label legend label
 * @param argb  colour, ARGB (alpha used as opacity)
 */
public record Category(String value, String label, int argb) {
    public Category {
        Objects.requireNonNull(value);
        Objects.requireNonNull(label);
    }

    /** A category for an integer value. */
    public static Category of(long value, String label, int argb) {
        return new Category(Long.toString(value), label, argb);
    }
}
