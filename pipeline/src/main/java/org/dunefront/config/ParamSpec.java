package org.dunefront.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One configuration parameter as seen by the loader and the template: its dotted key, Java shape
 * and {@link Param} metadata.
 *
 * @param key       dotted key, e.g. {@code drift.thresholdWindKn}
 * @param component the record component carrying the value
 * @param kind      the value's shape
 * @param meta      description, unit, default and range
 */
public record ParamSpec(String key, RecordComponent component, Kind kind, Param meta) {

    /** Shapes a parameter value can take. */
    public enum Kind { DOUBLE, INT, BOOLEAN, STRING, ENUM, DOUBLE_LIST, STRING_LIST, DOUBLE_MATRIX, DOUBLE_MAP, STRING_MAP }

    static ParamSpec of(String section, RecordComponent c) {
        Param p = c.getAnnotation(Param.class);
        if (p == null) throw new IllegalStateException("Missing @Param on " + section + "." + c.getName());
        return new ParamSpec(section + "." + c.getName(), c, kindOf(c), p);
    }

    private static Kind kindOf(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == double.class) return Kind.DOUBLE;
        if (t == int.class) return Kind.INT;
        if (t == boolean.class) return Kind.BOOLEAN;
        if (t == String.class) return Kind.STRING;
        if (t.isEnum()) return Kind.ENUM;
        Type g = c.getGenericType();
        if (g instanceof ParameterizedType pt) {
            Type[] args = pt.getActualTypeArguments();
            if (t == List.class && args[0] == Double.class) return Kind.DOUBLE_LIST;
            if (t == List.class && args[0] == String.class) return Kind.STRING_LIST;
            if (t == List.class && args[0] instanceof ParameterizedType inner
                    && inner.getActualTypeArguments()[0] == Double.class) return Kind.DOUBLE_MATRIX;
            if (t == java.util.Map.class && args[1] == Double.class) return Kind.DOUBLE_MAP;
            if (t == java.util.Map.class && args[1] == String.class) return Kind.STRING_MAP;
        }
        throw new IllegalStateException("Unsupported parameter type " + g + " for " + c.getName());
    }

    /** Last part of the key. */
    public String name() {
        return component.getName();
    }

    public String section() {
        return key.substring(0, key.indexOf('.'));
    }

    public boolean numeric() {
        return switch (kind) {
            case DOUBLE, INT, DOUBLE_LIST, DOUBLE_MATRIX, DOUBLE_MAP -> true;
            default -> false;
        };
    }

    public boolean hasRange() {
        return numeric() && (meta.min() != Double.NEGATIVE_INFINITY || meta.max() != Double.POSITIVE_INFINITY);
    }

    /** "[1, 40] kn" style range text, or "" when unbounded. */
    public String rangeText() {
        if (!hasRange()) return "";
        String lo = meta.min() == Double.NEGATIVE_INFINITY ? "-inf" : ConfigYaml.number(meta.min());
        String hi = meta.max() == Double.POSITIVE_INFINITY ? "+inf" : ConfigYaml.number(meta.max());
        return "[" + lo + ", " + hi + "]" + (meta.unit().isEmpty() ? "" : " " + meta.unit());
    }

    /** Allowed enum constants, or empty. */
    public List<String> choices() {
        if (kind != Kind.ENUM) return List.of();
        return Arrays.stream(component.getType().getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }

    /** Human description of the expected value, for error messages. */
    String expected() {
        return switch (kind) {
            case DOUBLE -> "a number";
            case INT -> "a whole number";
            case BOOLEAN -> "true or false";
            case STRING -> "a text value";
            case ENUM -> "one of " + String.join(", ", choices());
            case DOUBLE_LIST -> "a list of numbers such as [1.0, 2.0]";
            case STRING_LIST -> "a list of names such as [a, b]";
            case DOUBLE_MATRIX -> "a matrix (list of rows) such as [[1, 3], [0.333, 1]]";
            case DOUBLE_MAP -> "a mapping of names to numbers such as {A: 1.0}";
            case STRING_MAP -> "a mapping of names to names such as {\"31\": BARE_SAND}";
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Enum<?> enumValue(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Object e : component.getType().getEnumConstants()) {
            if (((Enum) e).name().equals(t)) return (Enum<?>) e;
        }
        return null;
    }

    @Override
    public String toString() {
        return key + " (" + kind.name().toLowerCase(Locale.ROOT) + ")"
                + choices().stream().collect(Collectors.joining("|", choices().isEmpty() ? "" : " ", ""));
    }
}
