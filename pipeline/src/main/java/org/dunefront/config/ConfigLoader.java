package org.dunefront.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.error.ConfigurationException;

/**
 * Builds a validated {@link DunefrontConfig}: defaults from {@link Param#defaultValue()}, then the
 * YAML file, then {@code --set key=value} overrides (in order). Unknown keys, wrong types and
 * out-of-range values raise a {@link ConfigurationException} (exit code 2) naming the key, the
 * allowed values and where the bad value came from.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConfigLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DunefrontConfig DEFAULTS = bind(defaultsTree(), Map.of());

    private ConfigLoader() { }

    /** The configuration with every parameter at its default. */
    public static DunefrontConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Loads {@code file} (null = defaults only) and applies {@code overrides} ("key=value").
     *
     * @throws ConfigurationException on a missing file, bad YAML, unknown key or invalid value
     */
    public static DunefrontConfig load(Path file, List<String> overrides) {
        if (file == null) return fromYaml(null, "defaults", overrides);
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(file.toString(), "configuration file not found",
                    "Check the --config path, or run 'dunefront config --template > plan.yaml' to create one");
        }
        try {
            return fromYaml(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString(), overrides);
        } catch (IOException e) {
            throw new ConfigurationException(file.toString(), "cannot read the configuration file: " + e.getMessage(),
                    "Check the file permissions");
        }
    }

    /** Like {@link #load} from YAML text; {@code source} names it in messages. */
    public static DunefrontConfig fromYaml(String yaml, String source, List<String> overrides) {
        ObjectNode tree = defaultsTree();
        Map<String, String> origin = new HashMap<>();
        if (yaml != null) mergeYaml(tree, yaml, source, origin);
        for (String o : overrides) applyOverride(tree, o, origin);
        return bind(tree, origin);
    }

    private static ObjectNode defaultsTree() {
        ObjectNode root = NODES.objectNode();
        for (ConfigSchema.SectionSpec s : ConfigSchema.sections()) {
            ObjectNode sec = root.putObject(s.name());
            for (ParamSpec p : s.params()) {
                sec.set(p.name(), p.kind() == ParamSpec.Kind.STRING || p.kind() == ParamSpec.Kind.ENUM
                        ? new TextNode(parseYamlOrText(p.meta().defaultValue()).asText())
                        : parseYamlOrText(p.meta().defaultValue()));
            }
        }
        return root;
    }

    private static void mergeYaml(ObjectNode tree, String yaml, String source, Map<String, String> origin) {
        JsonNode doc;
        try {
            doc = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ConfigurationException(source, "not valid YAML" + where + ": " + e.getOriginalMessage(),
                    "Fix the syntax (indent with spaces; 'key: value' pairs under each section)");
        } catch (IOException e) {
            throw new ConfigurationException(source, "cannot parse: " + e.getMessage(), "Check the file");
        }
        if (doc == null || doc.isMissingNode() || doc.isNull()) return;
        if (!doc.isObject()) {
            throw new ConfigurationException(source, "the top level must be a mapping of sections (study:, drift:, ...)",
                    "See 'dunefront config --template'");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> sec = it.next();
            if (ConfigSchema.section(sec.getKey()).isEmpty()) throw unknownKey(sec.getKey(), source);
            if (sec.getValue().isNull()) continue;
            if (!sec.getValue().isObject()) {
                throw new ConfigurationException(sec.getKey(), "expected a mapping of parameters (in " + source + ")",
                        "Indent the section's parameters under '" + sec.getKey() + ":'");
            }
            for (Iterator<Map.Entry<String, JsonNode>> pit = sec.getValue().fields(); pit.hasNext(); ) {
                Map.Entry<String, JsonNode> p = pit.next();
                String key = sec.getKey() + "." + p.getKey();
                if (ConfigSchema.param(key).isEmpty()) throw unknownKey(key, source);
                if (p.getValue().isNull()) continue;
                ((ObjectNode) tree.get(sec.getKey())).set(p.getKey(), p.getValue());
                origin.put(key, "in " + source);
            }
        }
    }

    private static void applyOverride(ObjectNode tree, String override, Map<String, String> origin) {
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw new ConfigurationException(override, "an override must read key=value",
                    "Write e.g. --set drift.thresholdWindKn=12");
        }
        String key = override.substring(0, eq).trim();
        String value = override.substring(eq + 1).trim();
        ParamSpec spec = ConfigSchema.param(key).orElse(null);
        String mapEntry = null;
        if (spec == null) {
            int dot = key.lastIndexOf('.');
            ParamSpec parent = dot > 0 ? ConfigSchema.param(key.substring(0, dot)).orElse(null) : null;
            if (parent == null || (parent.kind() != ParamSpec.Kind.DOUBLE_MAP && parent.kind() != ParamSpec.Kind.STRING_MAP)) {
                throw unknownKey(key, "--set");
            }
            spec = parent;
            mapEntry = key.substring(dot + 1);
        }
        ObjectNode section = (ObjectNode) tree.get(spec.section());
        origin.put(spec.key(), "from --set " + override);
        if (mapEntry != null) {
            ObjectNode map = section.get(spec.name()).isObject()
                    ? ((ObjectNode) section.get(spec.name())).deepCopy() : NODES.objectNode();
            map.set(mapEntry, spec.kind() == ParamSpec.Kind.STRING_MAP ? new TextNode(value) : parseYamlOrText(value));
            section.set(spec.name(), map);
            return;
        }
        section.set(spec.name(), overrideNode(spec, value));
    }

    private static JsonNode overrideNode(ParamSpec spec, String value) {
        switch (spec.kind()) {
            case STRING:
            case ENUM:
                return new TextNode(value);
            case DOUBLE_LIST:
            case STRING_LIST: {
                if (value.startsWith("[")) return parseYamlOrText(value);
                var arr = NODES.arrayNode();
                if (value.isEmpty()) return arr;
                for (String part : value.split(",")) {
                    arr.add(spec.kind() == ParamSpec.Kind.STRING_LIST ? new TextNode(part.trim()) : parseYamlOrText(part.trim()));
                }
                return arr;
            }
            default:
                return parseYamlOrText(value);
        }
    }

    private static JsonNode parseYamlOrText(String text) {
        try {
            JsonNode n = YAML.readTree(text);
            return n == null || n.isMissingNode() ? new TextNode(text) : n;
        } catch (IOException e) {
            return new TextNode(text);
        }
    }

    private static ConfigurationException unknownKey(String key, String source) {
        return new ConfigurationException(key, "unknown configuration key (" + (source.startsWith("--") ? "from " : "in ")
                + source + ")", "Did you mean '" + ConfigSchema.nearestKey(key)
                + "'? Run 'dunefront config --template' to list every key");
    }

    private static DunefrontConfig bind(ObjectNode tree, Map<String, String> origin) {
        List<Object> sections = new ArrayList<>();
        for (ConfigSchema.SectionSpec s : ConfigSchema.sections()) {
            JsonNode sec = tree.get(s.name());
            List<Object> values = new ArrayList<>();
            for (ParamSpec p : s.params()) values.add(ValueConverter.convert(p, sec.get(p.name()), origin.getOrDefault(p.key(), "default")));
            sections.add(construct(s, values, origin));
        }
        return (DunefrontConfig) newRecord(DunefrontConfig.class, sections);
    }

    private static Object construct(ConfigSchema.SectionSpec s, List<Object> values, Map<String, String> origin) {
        try {
            return newRecord(s.type(), values);
        } catch (InvalidParameterException e) {
            String key = s.name() + "." + e.parameter();
            String from = origin.get(key);
            throw new ConfigurationException(key, e.problem() + (from == null ? "" : " (" + from + ")"), e.fix());
        }
    }

    private static Object newRecord(Class<?> type, List<Object> values) {
        RecordComponent[] comps = type.getRecordComponents();
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) types[i] = comps[i].getType();
        try {
            return type.getDeclaredConstructor(types).newInstance(values.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    /** Sorted copy helper for deterministic map output. */
    static <V> Map<String, V> sorted(Map<String, V> m) {
        return new TreeMap<>(m);
    }
}
