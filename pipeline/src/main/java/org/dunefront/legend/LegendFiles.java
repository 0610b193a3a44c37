package org.dunefront.legend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dunefront.error.ConfigurationException;
import org.dunefront.error.InputDataException;

/**
 * Reads and validates legend and mapping YAML files. Every problem is a
 * {@link ConfigurationException} whose key names the file and the YAML path
 * ({@code "styles/legend.yaml: classes[3] (farmland).roughnessLengthM"}), what is wrong and the
 * fix. The default legend and mappings ship in the jar under {@code /styles/} (copied from the
 * repository's {@code styles/} folder at build time).
 */
public final class LegendFiles {
    /** Classpath location of the default legend. */
    public static final String DEFAULT_LEGEND_RESOURCE = "/styles/legend.yaml";
    /** Classpath folder of the shipped mapping files. */
    public static final String MAPPINGS_RESOURCE_DIR = "/styles/mappings/";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final List<String> REQUIRED = List.of("code", "id", "name", "colour", "vegetationCover",
            "roughnessLengthM", "surface", "assetValue");

    private LegendFiles() { }

    /** The default legend shipped with Dunefront ({@code styles/legend.yaml}). */
    public static Legend defaultLegend() {
        return parseLegend(resource(DEFAULT_LEGEND_RESOURCE), "styles/legend.yaml");
    }

    /** Loads and validates a legend file. */
    public static Legend load(Path file) {
        return parseLegend(read(file), file.toString());
    }

    /** The shipped mapping of {@code product} onto {@code legend}. */
    public static LandCoverMapping defaultMapping(SourceProduct product, Legend legend) {
        String name = "styles/mappings/" + product.mappingFileName();
        return parseMapping(resource(MAPPINGS_RESOURCE_DIR + product.mappingFileName()), name, legend);
    }

    /** Loads and validates a mapping file against {@code legend} (every target must be a legend id). */
    public static LandCoverMapping loadMapping(Path file, Legend legend) {
        return parseMapping(read(file), file.toString(), legend);
    }

    /** Parses legend YAML text; {@code source} names it in messages. */
    public static Legend parseLegend(String yaml, String source) {
        JsonNode root = tree(yaml, source);
        String name = root.path("legend").asText("legend");
        int noData = root.has("noDataCode") ? intIn(root.get("noDataCode"), source, "noDataCode", 0, 255) : 0;
        JsonNode classes = root.get("classes");
        if (classes == null || !classes.isArray() || classes.isEmpty()) {
            throw new ConfigurationException(source + ": classes", "missing or empty list of classes",
                    "Add a 'classes:' list with one entry per land-cover class (see styles/legend.yaml)");
        }
        List<LandCoverClass> out = new ArrayList<>();
        Map<Integer, String> codes = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < classes.size(); i++) {
            JsonNode n = classes.get(i);
            String where = source + ": classes[" + i + "]" + (n.hasNonNull("id") ? " (" + n.get("id").asText() + ")" : "");
            for (String k : REQUIRED) {
                if (!n.hasNonNull(k)) {
                    throw new ConfigurationException(where + "." + k, "required property '" + k + "' is missing",
                            "Add '" + k + ":' to this class (see styles/legend.yaml for an example of every property)");
                }
            }
            int code = intIn(n.get("code"), where, "code", 0, 255);
            if (code == noData) {
                throw new ConfigurationException(where + ".code", "code " + code + " is the legend's noDataCode",
                        "Give the class another code or change noDataCode");
            }
            String id = n.get("id").asText();
            if (!id.matches("[a-z][a-z0-9_]*")) {
                throw new ConfigurationException(where + ".id", "id '" + id + "' is not lower_snake_case",
                        "Use letters a-z, digits and '_' starting with a letter, e.g. mobile_sand");
            }
            if (codes.containsKey(code)) {
                throw new ConfigurationException(where + ".code", "duplicate code " + code + " (also used by class '"
                        + codes.get(code) + "')", "Give every class its own code");
            }
            if (!ids.add(id)) {
                throw new ConfigurationException(where + ".id", "duplicate id '" + id + "'", "Give every class its own id");
            }
            codes.put(code, id);
            double cover = number(n.get("vegetationCover"), where, "vegetationCover");
            if (!(cover >= 0 && cover <= 1)) {
                throw new ConfigurationException(where + ".vegetationCover", "vegetation cover " + cover
                        + " is outside 0..1", "Give the cover as a fraction (0.35 for 35 %)");
            }
            double z0 = number(n.get("roughnessLengthM"), where, "roughnessLengthM");
            if (!(z0 > 0) || z0 > 10) {
                throw new ConfigurationException(where + ".roughnessLengthM", "roughness length " + z0
                        + " m is not in (0, 10] m", "Give z0 in metres, e.g. 0.0001 for loose sand, 0.05 for crops, "
                        + "1.0 for settlements (Wieringa 1993)");
            }
            double asset = number(n.get("assetValue"), where, "assetValue");
            if (!(asset >= 0)) {
                throw new ConfigurationException(where + ".assetValue", "asset value " + asset + " is negative",
                        "Use 0 for classes with nothing at stake and positive relative weights for assets");
            }
            SurfaceType surface = surface(n.get("surface"), where);
            int argb = colour(n.get("colour"), where);
            EnumSet<LandCoverFlag> flags = flags(n.get("flags"), where);
            out.add(new LandCoverClass(code, id, n.get("name").asText(), n.path("name_zh").asText(""), argb,
                    cover, z0, n.path("roughnessRef").asText(""), surface, asset, flags));
        }
        return new Legend(name, noData, out);
    }

    /** Parses mapping YAML text against {@code legend}; {@code source} names it in messages. */
    public static LandCoverMapping parseMapping(String yaml, String source, Legend legend) {
        JsonNode root = tree(yaml, source);
        String product = root.path("product").asText("");
        if (product.isEmpty()) {
            throw new ConfigurationException(source + ": product", "required property 'product' is missing",
                    "Name the source product, e.g. 'product: nlcd'");
        }
        JsonNode map = root.get("map");
        if (map == null || !map.isObject() || map.isEmpty()) {
            throw new ConfigurationException(source + ": map", "missing or empty 'map:' of source value to legend id",
                    "Add 'map:' with lines such as '82: farmland'");
        }
        Map<Integer, Integer> table = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = map.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = source + ": map." + e.getKey();
            int src;
            try {
                src = Integer.parseInt(e.getKey().trim());
            } catch (NumberFormatException ex) {
                throw new ConfigurationException(key, "source value '" + e.getKey() + "' is not an integer",
                        "Use the product's integer class values as keys");
            }
            if (src < 0 || src > 255) {
                throw new ConfigurationException(key, "source value " + src + " is outside 0..255",
                        "Only 8-bit categorical products are supported");
            }
            String target = e.getValue().asText();
            LandCoverClass cls = legend.byId(target).orElseThrow(() -> new ConfigurationException(key,
                    "unknown mapping target '" + target + "' (not a class id of legend '" + legend.name() + "')",
                    "Use one of: " + String.join(", ", legend.classes().stream().map(LandCoverClass::id).toList())));
            table.put(src, cls.code());
        }
        Set<Integer> noData = new LinkedHashSet<>();
        JsonNode nd = root.get("noData");
        if (nd != null && !nd.isNull()) {
            if (!nd.isArray()) nd = YAML.createArrayNode().add(nd);
            for (JsonNode v : nd) {
                int s = intIn(v, source, "noData", 0, 255);
                if (table.containsKey(s)) {
                    throw new ConfigurationException(source + ": noData", "value " + s + " is both mapped and listed as nodata",
                            "Remove it from one of the two");
                }
                noData.add(s);
            }
        }
        return new LandCoverMapping(product, source, legend, table, noData);
    }

    private static JsonNode tree(String yaml, String source) {
        try {
            JsonNode root = YAML.readTree(yaml);
            if (root == null || !root.isObject()) {
                throw new ConfigurationException(source, "not a YAML mapping (empty file or a plain list)",
                        "Start from the shipped styles/legend.yaml or styles/mappings/nlcd.yaml");
            }
            return root;
        } catch (IOException e) {
            throw new ConfigurationException(source, "invalid YAML: " + e.getMessage().lines().findFirst().orElse(""),
                    "Fix the YAML syntax (indentation, quotes around '#rrggbb' colours)");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputDataException(file.toString(), "file not found", "Check the path of the legend or mapping file");
        } catch (IOException e) {
            throw new InputDataException(file.toString(), "cannot read file: " + e.getMessage(), "Check permissions", e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = LegendFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " missing from the build (styles/ not packaged)");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + path, e);
        }
    }

    private static double number(JsonNode n, String where, String key) {
        if (!n.isNumber()) {
            throw new ConfigurationException(where + "." + key, "'" + n.asText() + "' is not a number",
                    "Write a plain number, e.g. " + key + ": 0.05");
        }
        return n.asDouble();
    }

    private static int intIn(JsonNode n, String where, String key, int min, int max) {
        if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
            throw new ConfigurationException(where + "." + key, "'" + n.asText() + "' is not an integer in " + min + ".." + max,
                    "Land-cover codes are uint8 raster values");
        }
        return n.asInt();
    }

    private static SurfaceType surface(JsonNode n, String where) {
        try {
            return SurfaceType.valueOf(n.asText().trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(where + ".surface", "unknown surface type '" + n.asText() + "'",
                    "Use one of " + java.util.Arrays.toString(SurfaceType.values()));
        }
    }

    private static int colour(JsonNode n, String where) {
        String s = n.asText().trim();
        if (!s.matches("#[0-9a-fA-F]{6}")) {
            throw new ConfigurationException(where + ".colour", "colour '" + s + "' is not #rrggbb",
                    "Write the colour as a quoted hex string, e.g. colour: \"#f5c242\"");
        }
        return 0xFF000000 | Integer.parseInt(s.substring(1), 16);
    }

    private static EnumSet<LandCoverFlag> flags(JsonNode n, String where) {
        EnumSet<LandCoverFlag> out = EnumSet.noneOf(LandCoverFlag.class);
        if (n == null || n.isNull()) return out;
        if (!n.isArray()) {
            throw new ConfigurationException(where + ".flags", "flags must be a list", "Write flags: [farmland]");
        }
        for (JsonNode f : n) {
            out.add(LandCoverFlag.fromKey(f.asText()).orElseThrow(() -> new ConfigurationException(where + ".flags",
                    "unknown flag '" + f.asText() + "'", "Use any of: " + String.join(", ",
                            java.util.Arrays.stream(LandCoverFlag.values()).map(LandCoverFlag::key).toList()))));
        }
        return out;
    }
}
