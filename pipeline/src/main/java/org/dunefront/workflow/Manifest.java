package org.dunefront.workflow;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A stage's {@code manifest.json}: what went in (input files and upstream outputs with SHA-256,
 * parameters, software version), the cache key derived from them, and what came out (output
 * files with SHA-256, key numbers). It holds no timestamps or absolute paths, so the same run
 * gives a byte-identical manifest on any machine.
 */
public record Manifest(String stage, String softwareVersion, String cacheKey, JsonNode parameters,
                       List<FileEntry> inputs, List<FileEntry> upstream, List<FileEntry> outputs,
                       Map<String, Double> results) {

    public static final String FILE_NAME = "manifest.json";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter PRETTY = JSON.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /**
     * A hashed file.
     *
     * @param name   what it is ("study.dem", "drift/drift_potential.tif", "flux.tif")
     * @param path   path as configured, or relative to the stage folder
     * @param sha256 hex SHA-256 of the content
     */
    public record FileEntry(String name, String path, String sha256) { }

    public Manifest {
        inputs = List.copyOf(inputs);
        upstream = List.copyOf(upstream);
        outputs = List.copyOf(outputs);
        results = java.util.Collections.unmodifiableMap(new TreeMap<>(results));
    }

    /** The cache key: SHA-256 of everything that determines the outputs. */
    static String cacheKey(String stage, String version, JsonNode parameters, List<FileEntry> inputs,
                           List<FileEntry> upstream) {
        ObjectNode o = JSON.createObjectNode();
        o.put("stage", stage);
        o.put("softwareVersion", version);
        o.set("parameters", parameters);
        ArrayNode in = o.putArray("inputs");
        for (FileEntry f : inputs) in.addObject().put("name", f.name()).put("sha256", f.sha256());
        ArrayNode up = o.putArray("upstream");
        for (FileEntry f : upstream) up.addObject().put("name", f.name()).put("sha256", f.sha256());
        return Sha256.text(o.toString());
    }

    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("stage", stage);
        o.put("softwareVersion", softwareVersion);
        o.put("cacheKey", cacheKey);
        o.set("parameters", parameters);
        o.set("inputs", files(inputs));
        o.set("upstream", files(upstream));
        o.set("outputs", files(outputs));
        ObjectNode r = o.putObject("results");
        results.forEach(r::put);
        try {
            return PRETTY.writeValueAsString(o) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode files(List<FileEntry> list) {
        ArrayNode a = JSON.createArrayNode();
        for (FileEntry f : list) a.addObject().put("name", f.name()).put("path", f.path()).put("sha256", f.sha256());
        return a;
    }

    public void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE_NAME), toJson(), StandardCharsets.UTF_8);
    }

    /** Reads {@code dir/manifest.json}; empty when missing or unreadable (then the stage reruns). */
    public static Optional<Manifest> read(Path dir) {
        Path f = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            JsonNode o = JSON.readTree(f.toFile());
            Map<String, Double> results = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.path("results").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                results.put(e.getKey(), e.getValue().asDouble());
            }
            return Optional.of(new Manifest(o.path("stage").asText(), o.path("softwareVersion").asText(),
                    o.path("cacheKey").asText(), o.path("parameters"), readFiles(o.path("inputs")),
                    readFiles(o.path("upstream")), readFiles(o.path("outputs")), results));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<FileEntry> readFiles(JsonNode a) {
        List<FileEntry> out = new ArrayList<>();
        for (JsonNode f : a) out.add(new FileEntry(f.path("name").asText(), f.path("path").asText(), f.path("sha256").asText()));
        return out;
    }
}
