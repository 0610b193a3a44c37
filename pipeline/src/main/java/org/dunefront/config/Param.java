package org.dunefront.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The single metadata source of a configuration parameter, placed on a record component of a
 * section record. It drives validation ({@link ConfigLoader}), {@code --set} parsing, error
 * messages and the commented template ({@link ConfigYaml#template()}).
 *
 * <p>{@link #defaultValue()} is written in YAML (flow style for lists and maps, e.g.
 * {@code "[1.0, 2.0]"} or {@code "{SHRUB: 1.0}"}); the empty string means "not set" for text.
 * {@link #min()}/{@link #max()} bound numbers, and each element of a numeric list or map.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    /** What the parameter means, one sentence. */
    String description();

    /** Unit symbol ("kn", "mm", "kg/m3", "ha", "years"); empty for dimensionless or text. */
    String unit() default "";

    /** Default value in YAML. */
    String defaultValue();

    /** Smallest allowed value (inclusive) for numbers. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (inclusive) for numbers. */
    double max() default Double.POSITIVE_INFINITY;
}
