package org.dunefront.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dunefront.config.ConfigYaml;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.workflow.InputFile;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.Stage;
import org.dunefront.workflow.StageContext;
import org.dunefront.workflow.StageResult;
import org.dunefront.workflow.Workflow;

/**
 * Small fake stages with the standard names and dependencies, for testing the workflow engine,
 * the CLI and sweeps without the science. Each writes a text output derived from its parameters
 * and upstream outputs (so changes propagate), computed tile by tile on {@code ctx.threads()}
 * threads (so thread-count independence is exercised). Counts executions per stage.
 * A {@code behaviour} hook lets a test make a stage fail, cancel or read an input.
 */
public final class FakeStages {
    /** Hook run at the start of a stage (may throw, cancel, ...). */
    @FunctionalInterface
    public interface Behaviour {
        void before(StageContext ctx) throws IOException;
    }

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();

    public int runs(String stage) {
        return runs.computeIfAbsent(stage, k -> new AtomicInteger()).get();
    }

    public void resetCounts() {
        runs.clear();
    }

    public FakeStages on(String stage, Behaviour b) {
        behaviours.put(stage, b);
        return this;
    }

    public Workflow workflow() {
        List<Stage> s = new ArrayList<>();
        s.add(stage("ingest", List.of(), c -> section(c.study().cellSizeM()), true));
        s.add(stage("drift", List.of("ingest"), c -> ConfigYaml.toTree(c.drift()), false));
        s.add(stage("migrate", List.of("drift"), c -> ConfigYaml.toTree(c.migrate()), false));
        s.add(stage("rank", List.of("migrate"), c -> ConfigYaml.toTree(c.rank()), false));
        s.add(stage("plan", List.of("rank"), c -> ConfigYaml.toTree(c.plan()), false));
        s.add(stage("render", List.of("plan"), c -> ConfigYaml.toTree(c.render()), false));
        return new Workflow(s);
    }

    private static JsonNode section(double cellSizeM) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("cellSizeM", cellSizeM);
        return o;
    }

    private Stage stage(String name, List<String> upstream, Function<DunefrontConfig, JsonNode> params, boolean readsLandcover) {
        return new Stage() {
            @Override public String name() { return name; }
            @Override public List<String> upstream() { return upstream; }
            @Override public JsonNode parameters(DunefrontConfig config) { return params.apply(config); }

            @Override
            public List<InputFile> inputs(RunContext ctx) {
                return readsLandcover ? ctx.input("study.landcover", ctx.config().study().landcover()).stream().toList() : List.of();
            }

            @Override
            public StageResult run(StageContext ctx) throws IOException {
                runs.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                Behaviour b = behaviours.get(name);
                if (b != null) b.before(ctx);
                StringBuilder seed = new StringBuilder(name).append(parameters(ctx.run().config()));
                for (String u : upstream) seed.append(Files.readString(ctx.upstream(u).resolve(u + ".txt")));
                int hash = seed.toString().hashCode();
                // tiled computation: one value per cell of a 40 x 30 grid, written in row order
                long[] cells = new long[40 * 30];
                try (TiledExecutor ex = new TiledExecutor(ctx.run().threads())) {
                    ex.run(new TileScheme(40, 30, 7, 5), w -> {
                        for (int r = w.row(); r < w.row() + w.height(); r++) {
                            for (int c = w.col(); c < w.col() + w.width(); c++) cells[r * 40 + c] = (long) hash * 31 + r * 40 + c;
                        }
                    }, ctx.progress(), name);
                }
                long sum = 0;
                for (long v : cells) sum += v;
                Files.writeString(ctx.output(name + ".txt"), String.format(Locale.ROOT, "%s %d %d%n", name, hash, sum),
                        StandardCharsets.UTF_8);
                if (name.equals("plan")) return planOutputs(ctx, hash);
                if (name.equals("migrate")) {
                    return StageResult.of(Map.of("sandReachingAssetsM3", (double) Math.floorMod(hash, 1000),
                            "medianFrontAdvanceM", ctx.run().config().migrate().horizonYears() * 3.5));
                }
                return StageResult.EMPTY;
            }
        };
    }

    /**
     * Writes plan/priorities.csv for 6 patches: the ranking is the patch id order reversed
     * above the drift threshold 12 kn and straight below, and patches 1..k are selected with
     * k = floor(phase-1 budget / 1e7). Also writes the action map as text (one code per cell).
     */
    private static StageResult planOutputs(StageContext ctx, int hash) throws IOException {
        DunefrontConfig c = ctx.run().config();
        boolean reversed = c.drift().thresholdWindKn() > 12;
        int selected = (int) Math.min(6, Math.floor(c.plan().budgetPerPhase().get(0) / 1e7));
        StringBuilder sb = new StringBuilder("patch_id,rank,phase,action,area_ha\n");
        for (int id = 1; id <= 6; id++) {
            int rank = reversed ? 7 - id : id;
            int phase = rank <= selected ? 1 : 0;
            sb.append(id).append(',').append(rank).append(',').append(phase).append(",SHRUB_BARRIER,").append(id * 2).append('\n');
        }
        Files.writeString(ctx.output("priorities.csv"), sb.toString());
        StringBuilder map = new StringBuilder();
        for (int i = 0; i < 4; i++) map.append(i < selected ? 1 : 0).append(i == 3 ? "\n" : " ");
        Files.writeString(ctx.output("action_plan.txt"), map.toString());
        return StageResult.of(Map.of("hectaresPhase1", selected * 2.0, "hectaresPhase2", 0.0));
    }

    /** Writes a tiny land-cover "input" and a configuration pointing at it; returns the configuration path. */
    public static Path writeConfig(Path dir, String extraYaml) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("landcover.bin"), "landcover v1");
        Path cfg = dir.resolve("plan.yaml");
        Files.writeString(cfg, "study:\n  landcover: landcover.bin\n" + extraYaml);
        return cfg;
    }
}
