package org.dunefront.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dunefront.config.ConfigYaml;
import org.dunefront.error.ConfigurationException;
import org.dunefront.error.InputDataException;
import org.dunefront.error.OutOfMemoryException;
import org.dunefront.grid.ProgressListener;

/**
 * Runs an ordered chain of {@link Stage}s into a run folder, make-style:
 * <ol>
 *   <li>select the stages up to the requested target;</li>
 *   <li>for each, hash its inputs, upstream outputs and parameters into a cache key;</li>
 *   <li>skip it when its manifest has that key and its outputs still match their SHA-256
 *       (or reuse the sweep's shared copy); otherwise run it in a temporary folder and move the
 *       folder into place only on success;</li>
 *   <li>write {@code resolved-config.yaml}, {@code checksums.sha256} and {@code run-manifest.json}.</li>
 * </ol>
 * An exception or cancellation deletes the temporary folder, so no half-written output is left.
 *
 * <p>Thread-safe as long as two runs do not share a run folder.
 */
public final class Workflow {
    public static final String CHECKSUMS = "checksums.sha256";
    public static final String RESOLVED_CONFIG = "resolved-config.yaml";
    public static final String RUN_MANIFEST = "run-manifest.json";
    public static final String TIMINGS = "timings.log";

    private final List<Stage> stages;

    public Workflow(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        Set<String> seen = new HashSet<>();
        for (Stage s : this.stages) {
            for (String u : s.upstream()) {
                if (!seen.contains(u)) throw new IllegalArgumentException("Stage " + s.name() + " reads " + u + ", which does not run before it");
            }
            if (!seen.add(s.name())) throw new IllegalArgumentException("Duplicate stage " + s.name());
        }
    }

    public List<Stage> stages() {
        return stages;
    }

    private String available() {
        List<String> names = stages.stream().filter(Stage::available).map(Stage::name).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    /** Index of {@code name}, or a usage error naming the valid stages. */
    public int indexOf(String name, String option) {
        for (int i = 0; i < stages.size(); i++) if (stages.get(i).name().equals(name)) return i;
        throw new ConfigurationException(option + " " + name, "no such stage",
                "Use one of: " + String.join(", ", stageNames()));
    }

    /** The stages a request selects (the target and everything before it). */
    public List<Stage> selected(RunRequest request) {
        int last = request.target() == null ? stages.size() - 1 : indexOf(request.target(), "stage");
        return stages.subList(0, last + 1);
    }

    /** Runs the request; returns what each stage did and its key numbers. */
    public RunReport run(RunContext ctx, RunRequest request) throws IOException {
        List<Stage> selected = selected(request);
        int fromIndex = request.from() == null ? Integer.MAX_VALUE : indexOf(request.from(), "--from");
        if (fromIndex != Integer.MAX_VALUE && fromIndex >= selected.size()) {
            throw new ConfigurationException("--from " + request.from(), "that stage comes after the last selected stage "
                    + selected.get(selected.size() - 1).name(), "Choose a stage among: "
                    + String.join(", ", selected.stream().map(Stage::name).toList()));
        }
        List<String> missing = selected.stream().filter(s -> !s.available()).map(Stage::name).toList();
        if (!missing.isEmpty()) {
            String others = missing.size() > 1 ? "; nor are " + String.join(", ", missing.subList(1, missing.size())) : "";
            throw new StageUnavailableException(missing.get(0), "its implementation has not been merged" + others
                    + "; stages available in this build: " + available());
        }
        Path runDir = ctx.runDir();
        Files.createDirectories(runDir);
        StageFolders.removeStaleTemps(runDir);
        StageFolders.writeAtomically(runDir.resolve(RESOLVED_CONFIG), ConfigYaml.write(ctx.config()));

        Map<String, Manifest> manifests = new LinkedHashMap<>();
        List<RunReport.StageOutcome> outcomes = new ArrayList<>();
        StringBuilder timings = new StringBuilder();
        for (int i = 0; i < selected.size(); i++) {
            Stage stage = selected.get(i);
            ctx.cancellation().throwIfCancelled("before stage " + stage.name());
            boolean forced = request.force() || i >= fromIndex;
            long t0 = System.nanoTime();
            RunReport.StageOutcome o = runStage(ctx, stage, manifests, forced);
            Duration d = Duration.ofNanos(System.nanoTime() - t0);
            timings.append(stage.name()).append(' ').append(o.status().name().toLowerCase(java.util.Locale.ROOT))
                    .append(' ').append(String.format(java.util.Locale.ROOT, "%.3f s", d.toNanos() / 1e9)).append('\n');
            manifests.put(stage.name(), o.manifest());
            outcomes.add(o);
        }
        writeChecksums(runDir, manifests);
        writeRunManifest(runDir, manifests);
        Files.writeString(runDir.resolve(TIMINGS), timings.toString());
        return new RunReport(runDir, outcomes);
    }

    private RunReport.StageOutcome runStage(RunContext ctx, Stage stage, Map<String, Manifest> done,
                                            boolean forced) throws IOException {
        Path dir = ctx.runDir().resolve(stage.name());
        JsonNode params = stage.parameters(ctx.config());
        List<Manifest.FileEntry> inputs = hashInputs(stage.inputs(ctx));
        List<Manifest.FileEntry> upstream = new ArrayList<>();
        Map<String, Path> upstreamDirs = new LinkedHashMap<>();
        for (String u : stage.upstream()) {
            upstreamDirs.put(u, ctx.runDir().resolve(u));
            for (Manifest.FileEntry f : done.get(u).outputs()) {
                upstream.add(new Manifest.FileEntry(u + "/" + f.path(), u + "/" + f.path(), f.sha256()));
            }
        }
        String key = Manifest.cacheKey(stage.name(), ctx.softwareVersion(), params, inputs, upstream);

        if (!forced) {
            Optional<Manifest> existing = Manifest.read(dir).filter(m -> m.cacheKey().equals(key));
            if (existing.isPresent() && outputsIntact(dir, existing.get())) {
                StageResult r = new StageResult(existing.get().results());
                ctx.listener().stageSkipped(stage.name(), "up to date", r);
                return new RunReport.StageOutcome(stage.name(), RunReport.Status.UP_TO_DATE, existing.get());
            }
        }
        SharedStageCache cache = ctx.sharedCache();
        if (cache == null) {
            return compute(ctx, stage, dir, key, params, inputs, upstream, upstreamDirs);
        }
        synchronized (cache.lock(stage.name(), key)) {
            Optional<Path> shared = forced ? Optional.empty() : cache.lookup(stage.name(), key);
            if (shared.isPresent()) {
                Path tmp = StageFolders.newTemp(dir);
                try {
                    StageFolders.copyTree(shared.get(), tmp);
                    Files.copy(shared.get().resolve(Manifest.FILE_NAME), tmp.resolve(Manifest.FILE_NAME));
                    StageFolders.swapIntoPlace(tmp, dir);
                } finally {
                    StageFolders.deleteRecursively(tmp);
                }
                Manifest m = Manifest.read(dir).orElseThrow();
                ctx.listener().stageSkipped(stage.name(), "reused from the shared cache", new StageResult(m.results()));
                return new RunReport.StageOutcome(stage.name(), RunReport.Status.REUSED, m);
            }
            RunReport.StageOutcome o = compute(ctx, stage, dir, key, params, inputs, upstream, upstreamDirs);
            cache.publish(stage.name(), key, dir);
            return o;
        }
    }

    private RunReport.StageOutcome compute(RunContext ctx, Stage stage, Path dir, String key, JsonNode params,
                                           List<Manifest.FileEntry> inputs, List<Manifest.FileEntry> upstream,
                                           Map<String, Path> upstreamDirs) throws IOException {
        ctx.listener().stageStarted(stage.name());
        long t0 = System.nanoTime();
        Path tmp = StageFolders.newTemp(dir);
        try {
            ProgressListener progress = (fraction, message) -> {
                ctx.listener().progress(stage.name(), fraction, message);
                return !ctx.cancellation().isCancelled();
            };
            StageResult result = stage.run(new StageContext(ctx, stage.name(), tmp, upstreamDirs, progress));
            ctx.cancellation().throwIfCancelled("stage " + stage.name());
            List<Manifest.FileEntry> outputs = new ArrayList<>();
            for (String rel : StageFolders.listFiles(tmp)) {
                outputs.add(new Manifest.FileEntry(rel, rel, Sha256.file(tmp.resolve(rel))));
            }
            Manifest m = new Manifest(stage.name(), ctx.softwareVersion(), key, params, inputs, upstream, outputs,
                    result.numbers());
            m.write(tmp);
            StageFolders.swapIntoPlace(tmp, dir);
            ctx.listener().progress(stage.name(), 1.0, "done");
            ctx.listener().stageFinished(stage.name(), result, Duration.ofNanos(System.nanoTime() - t0));
            return new RunReport.StageOutcome(stage.name(), RunReport.Status.RAN, m);
        } catch (OutOfMemoryError e) {
            throw new OutOfMemoryException(stage.name(), Runtime.getRuntime().maxMemory(), e);
        } finally {
            StageFolders.deleteRecursively(tmp);
        }
    }

    private static List<Manifest.FileEntry> hashInputs(List<InputFile> files) throws IOException {
        List<Manifest.FileEntry> out = new ArrayList<>();
        for (InputFile f : files) {
            if (!Files.isRegularFile(f.path())) {
                throw new InputDataException(f.path().toString(), "input file '" + f.name() + "' not found",
                        "Check " + f.name() + " in the configuration (paths are relative to the configuration file)");
            }
            out.add(new Manifest.FileEntry(f.name(), f.configured(), Sha256.file(f.path())));
        }
        return out;
    }

    private static boolean outputsIntact(Path dir, Manifest m) throws IOException {
        List<String> present = StageFolders.listFiles(dir);
        if (present.size() != m.outputs().size()) return false;
        for (Manifest.FileEntry f : m.outputs()) {
            Path p = dir.resolve(f.path());
            if (!Files.isRegularFile(p) || !Sha256.file(p).equals(f.sha256())) return false;
        }
        return true;
    }

    private static void writeChecksums(Path runDir, Map<String, Manifest> manifests) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Manifest m : manifests.values()) {
            for (Manifest.FileEntry f : m.outputs()) lines.add(f.sha256() + "  " + m.stage() + "/" + f.path());
        }
        lines.sort(java.util.Comparator.comparing((String l) -> l.substring(66)));
        StageFolders.writeAtomically(runDir.resolve(CHECKSUMS), lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }

    private static void writeRunManifest(Path runDir, Map<String, Manifest> manifests) throws IOException {
        var o = Manifest.JSON.createObjectNode();
        var arr = o.putArray("stages");
        for (Manifest m : manifests.values()) {
            var s = arr.addObject();
            s.put("stage", m.stage());
            s.put("cacheKey", m.cacheKey());
            var r = s.putObject("results");
            m.results().forEach(r::put);
        }
        o.put("complete", true);
        StageFolders.writeAtomically(runDir.resolve(RUN_MANIFEST), o.toPrettyString() + "\n");
    }

    /** Reads the stage cache keys of a finished run ({@code run-manifest.json}); empty when incomplete. */
    public static Optional<Map<String, String>> finishedRun(Path runDir) {
        Path f = runDir.resolve(RUN_MANIFEST);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            JsonNode o = Manifest.JSON.readTree(f.toFile());
            if (!o.path("complete").asBoolean()) return Optional.empty();
            Map<String, String> keys = new LinkedHashMap<>();
            for (JsonNode s : o.path("stages")) keys.put(s.path("stage").asText(), s.path("cacheKey").asText());
            return Optional.of(keys);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
