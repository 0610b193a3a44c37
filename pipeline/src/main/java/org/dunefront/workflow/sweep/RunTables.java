package org.dunefront.workflow.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.config.ConfigYaml;
import org.dunefront.error.InputDataException;
import org.dunefront.sweep.PatchOutcome;
import org.dunefront.workflow.Workflow;
import org.dunefront.workflow.stages.PlanOutputs;

/** Reads a finished run's key numbers and patch priorities, and formats CSV cells. */
final class RunTables {
    static final String PRIORITIES = PlanOutputs.PRIORITIES_CSV;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunTables() { }

    /** "stage.name" → value from {@code run-manifest.json}. */
    static Map<String, Double> results(Path runDir) throws IOException {
        Map<String, Double> out = new TreeMap<>();
        Path f = runDir.resolve(Workflow.RUN_MANIFEST);
        if (!Files.isRegularFile(f)) return out;
        JsonNode o = JSON.readTree(f.toFile());
        for (JsonNode s : o.path("stages")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = s.path("results").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(s.path("stage").asText() + "." + e.getKey(), e.getValue().asDouble());
            }
        }
        return out;
    }

    /** patch id → (rank, phase) from {@code plan/priorities.csv}; empty when the run has none. */
    static Map<String, PatchOutcome> priorities(Path runDir) throws IOException {
        Path f = runDir.resolve("plan").resolve(PRIORITIES);
        Map<String, PatchOutcome> out = new TreeMap<>();
        if (!Files.isRegularFile(f)) return out;
        List<String> lines = Files.readAllLines(f);
        if (lines.isEmpty()) return out;
        List<String> header = List.of(lines.get(0).split(","));
        int id = header.indexOf("patch_id"), rank = header.indexOf("rank"), phase = header.indexOf("phase");
        if (id < 0 || rank < 0 || phase < 0) {
            throw new InputDataException(f.toString(), "missing one of the columns patch_id, rank, phase",
                    "Rerun the plan stage with this build (expected header " + PlanOutputs.PRIORITIES_HEADER + ")");
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] c = line.split(",", -1);
            out.put(c[id], new PatchOutcome(Double.parseDouble(c[rank]), Integer.parseInt(c[phase])));
        }
        return out;
    }

    static String number(Double v) {
        if (v == null || v.isNaN()) return "";
        return ConfigYaml.number(v);
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
