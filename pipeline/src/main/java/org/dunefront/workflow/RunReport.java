package org.dunefront.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a workflow run did: per stage, whether it ran, was up to date or reused, and its manifest. */
public record RunReport(Path runDir, List<StageOutcome> stages) {

    public enum Status { RAN, UP_TO_DATE, REUSED }

    public record StageOutcome(String stage, Status status, Manifest manifest) { }

    public RunReport {
        stages = List.copyOf(stages);
    }

    /** All key numbers as "stage.name" → value, sorted. */
    public Map<String, Double> keyNumbers() {
        Map<String, Double> out = new TreeMap<>();
        for (StageOutcome o : stages) o.manifest().results().forEach((k, v) -> out.put(o.stage() + "." + k, v));
        return out;
    }

    /** Output files (relative to the run folder), sorted. */
    public List<String> outputFiles() {
        return stages.stream().flatMap(o -> o.manifest().outputs().stream().map(f -> o.stage() + "/" + f.path()))
                .sorted().toList();
    }

    public Status status(String stage) {
        return stages.stream().filter(o -> o.stage().equals(stage)).findFirst().orElseThrow().status();
    }
}
