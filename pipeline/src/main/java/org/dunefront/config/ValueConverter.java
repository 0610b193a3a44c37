package org.dunefront.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.error.ConfigurationException;

/** Converts a YAML node to a parameter's Java value and checks its range. */
final class ValueConverter {
    private ValueConverter() { }

    static Object convert(ParamSpec p, JsonNode n, String origin) {
        return switch (p.kind()) {
            case DOUBLE -> number(p, n, origin, false);
            case INT -> (int) number(p, n, origin, true);
            case BOOLEAN -> bool(p, n, origin);
            case STRING -> text(p, n, origin);
            case ENUM -> {
                Enum<?> e = p.enumValue(text(p, n, origin));
                if (e == null) throw bad(p, "'" + n.asText() + "' is not allowed", origin);
                yield e;
            }
            case DOUBLE_LIST -> {
                List<Double> out = new ArrayList<>();
                for (JsonNode e : array(p, n, origin)) out.add(number(p, e, origin, false));
                yield out;
            }
            case STRING_LIST -> {
                List<String> out = new ArrayList<>();
                for (JsonNode e : array(p, n, origin)) out.add(text(p, e, origin));
                yield out;
            }
            case DOUBLE_MATRIX -> {
                List<List<Double>> rows = new ArrayList<>();
                for (JsonNode r : array(p, n, origin)) {
                    List<Double> row = new ArrayList<>();
                    for (JsonNode e : array(p, r, origin)) row.add(number(p, e, origin, false));
                    rows.add(row);
                }
                yield rows;
            }
            case DOUBLE_MAP -> {
                Map<String, Double> out = new TreeMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = object(p, n, origin); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    out.put(e.getKey(), number(p, e.getValue(), origin, false));
                }
                yield out;
            }
            case STRING_MAP -> {
                Map<String, String> out = new TreeMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = object(p, n, origin); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    out.put(e.getKey(), text(p, e.getValue(), origin));
                }
                yield out;
            }
        };
    }

    private static double number(ParamSpec p, JsonNode n, String origin, boolean whole) {
        double v;
        if (n.isNumber()) {
            v = n.doubleValue();
        } else if (n.isTextual()) {
            try {
                v = Double.parseDouble(n.asText().trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw bad(p, "'" + n.asText() + "' is not a number", origin);
            }
        } else {
            throw bad(p, "got " + describe(n), origin);
        }
        if (!Double.isFinite(v)) throw bad(p, "'" + n.asText() + "' is not a finite number", origin);
        if (whole && v != Math.rint(v)) throw bad(p, ConfigYaml.number(v) + " is not a whole number", origin);
        Param m = p.meta();
        if (v < m.min() || v > m.max()) {
            throw new ConfigurationException(p.key(),
                    ConfigYaml.number(v) + (m.unit().isEmpty() ? "" : " " + m.unit()) + " is outside the allowed range "
                            + p.rangeText() + " (" + origin + ")",
                    "Use a value from " + ConfigYaml.number(m.min()) + " to " + ConfigYaml.number(m.max())
                            + " (default " + m.defaultValue() + ")");
        }
        return v;
    }

    private static boolean bool(ParamSpec p, JsonNode n, String origin) {
        if (n.isBoolean()) return n.booleanValue();
        String t = n.asText().trim().toLowerCase(java.util.Locale.ROOT);
        if (n.isTextual() && (t.equals("true") || t.equals("false"))) return t.equals("true");
        throw bad(p, "got '" + n.asText() + "'", origin);
    }

    private static String text(ParamSpec p, JsonNode n, String origin) {
        if (n.isContainerNode()) throw bad(p, "got " + describe(n), origin);
        return n.asText();
    }

    private static Iterable<JsonNode> array(ParamSpec p, JsonNode n, String origin) {
        if (!n.isArray()) throw bad(p, "got " + describe(n), origin);
        return n;
    }

    private static Iterator<Map.Entry<String, JsonNode>> object(ParamSpec p, JsonNode n, String origin) {
        if (!n.isObject()) throw bad(p, "got " + describe(n), origin);
        return n.fields();
    }

    private static String describe(JsonNode n) {
        if (n.isArray()) return "a list";
        if (n.isObject()) return "a mapping";
        return "'" + n.asText() + "'";
    }

    private static ConfigurationException bad(ParamSpec p, String problem, String origin) {
        return new ConfigurationException(p.key(), problem + " (" + origin + "); expected " + p.expected(),
                "Default: " + p.meta().defaultValue() + ". See 'dunefront config --template'");
    }
}
