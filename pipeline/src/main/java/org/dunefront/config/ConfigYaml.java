package org.dunefront.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes configurations as YAML: the commented template ({@code dunefront config --template}) and
 * the resolved configuration written next to every output. Output is deterministic: parameters
 * in declaration order, map entries sorted by key, numbers in a fixed format, no timestamps.
 */
public final class ConfigYaml {
    private ConfigYaml() { }

    /** Every parameter with its description, unit, default and valid range, at its default value. */
    public static String template() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Dunefront configuration (plan.yaml). Every parameter is listed at its default.\n")
          .append("# Paths are relative to this file's folder. Override any value on the command line with\n")
          .append("#   --set section.parameter=value   (e.g. --set drift.thresholdWindKn=11.66)\n")
          .append("# Units are part of the names: Kn = knots, Mm = millimetres, M = metres, Ha = hectares.\n");
        render(sb, ConfigLoader.defaults(), true);
        return sb.toString();
    }

    /** The resolved configuration as YAML (loads back to an equal configuration). */
    public static String write(DunefrontConfig config) {
        StringBuilder sb = new StringBuilder("# Resolved Dunefront configuration (defaults + file + --set).\n");
        render(sb, config, false);
        return sb.toString();
    }

    private static void render(StringBuilder sb, DunefrontConfig config, boolean comments) {
        for (ConfigSchema.SectionSpec s : ConfigSchema.sections()) {
            Object section = get(s.component(), config);
            sb.append('\n');
            if (comments) sb.append("# ").append(s.description()).append('\n');
            sb.append(s.name()).append(":\n");
            for (ParamSpec p : s.params()) {
                if (comments) {
                    sb.append("  # ").append(p.meta().description()).append('\n');
                    StringBuilder facts = new StringBuilder();
                    if (!p.meta().unit().isEmpty()) facts.append("unit: ").append(p.meta().unit()).append(" | ");
                    facts.append("default: ").append(p.meta().defaultValue());
                    if (p.hasRange()) facts.append(" | range: ").append(p.rangeText());
                    if (!p.choices().isEmpty()) facts.append(" | one of: ").append(String.join(", ", p.choices()));
                    if (p.kind() == ParamSpec.Kind.BOOLEAN) facts.append(" | true or false");
                    sb.append("  # ").append(facts).append('\n');
                }
                sb.append("  ").append(p.name()).append(": ").append(value(get(p.component(), section))).append('\n');
            }
        }
    }

    /** The parameters of one section record as a JSON tree (declaration order, sorted maps): manifests use it. */
    public static ObjectNode toTree(Record section) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        for (java.lang.reflect.RecordComponent c : section.getClass().getRecordComponents()) {
            o.set(c.getName(), node(get(c, section)));
        }
        return o;
    }

    private static JsonNode node(Object v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v == null) return f.nullNode();
        if (v instanceof Double d) return f.numberNode(d);
        if (v instanceof Integer i) return f.numberNode(i);
        if (v instanceof Boolean b) return f.booleanNode(b);
        if (v instanceof Enum<?> e) return f.textNode(e.name());
        if (v instanceof List<?> l) {
            var a = f.arrayNode();
            for (Object e : l) a.add(node(e));
            return a;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = f.objectNode();
            new TreeMap<>(m).forEach((k, e) -> o.set(String.valueOf(k), node(e)));
            return o;
        }
        if (v instanceof Record r) return toTree(r);
        return f.textNode(String.valueOf(v));
    }

    static String value(Object v) {
        if (v instanceof Double d) return number(d);
        if (v instanceof Integer || v instanceof Boolean) return String.valueOf(v);
        if (v instanceof Enum<?> e) return e.name();
        if (v instanceof String s) return quote(s);
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) sb.append(i == 0 ? "" : ", ").append(value(l.get(i)));
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                sb.append(first ? "" : ", ").append(key(String.valueOf(e.getKey()))).append(": ").append(value(e.getValue()));
                first = false;
            }
            return sb.append('}').toString();
        }
        throw new IllegalArgumentException("Cannot write " + v);
    }

    /** Fixed number format: whole numbers without a fraction, others as Java's shortest repr. */
    public static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return Double.toString(d);
    }

    private static String key(String k) {
        return k.matches("[A-Za-z_][A-Za-z0-9_]*") ? k : quote(k);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\x%02x", (int) c)); else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    private static Object get(java.lang.reflect.RecordComponent c, Object target) {
        try {
            return c.getAccessor().invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
