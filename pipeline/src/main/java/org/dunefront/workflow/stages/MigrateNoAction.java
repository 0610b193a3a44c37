package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunefront.workflow.InputFile;
import org.dunefront.workflow.KeyResults;
import org.dunefront.workflow.Manifest;
import org.dunefront.workflow.Sha256;
import org.dunefront.workflow.StageContext;

/**
 * The plan's no-action transport outcome taken from the migrate stage's {@code manifest.json} instead of
 * re-running the transport, when the migrate run provably had the same set-up as the plan's own no-action
 * run would have. Both build it with the same code ({@link ModelLayers}, {@link TransportForcing},
 * {@link ScienceMapping#transport}) from:
 * <ul>
 *   <li>the {@code migrate} and {@code drift} configuration sections (the only ones {@code ScienceMapping.transport}
 *       and {@code ModelLayers.aggregator} read), recorded as the migrate manifest's {@code parameters};</li>
 *   <li>the legend file ({@link StageLegend#inputs}), recorded as the manifest's {@code inputs} with SHA-256;</li>
 *   <li>the ingest and drift outputs, recorded as the manifest's {@code upstream} list with SHA-256, compared
 *       with the {@code outputs} of the ingest and drift manifests in the plan's upstream folders (the workflow has
 *       checked every one of those files against its manifest, or just written them, before a downstream stage runs);</li>
 *   <li>the software version.</li>
 * </ul>
 * The thread count is not compared: the transport's results do not depend on it. Interventions are none in both
 * runs ({@code Interventions.NONE}, or its block means on a coarser model grid: all null). The outcome's numbers are
 * the migrate stage's key numbers {@code sandReachingAssetsM3} (the same sum over assets in the same order as
 * {@link PlanTransport.Outcome#of}), {@code medianFrontAdvanceMPerYr} and {@code p90FrontAdvanceMPerYr}, stored
 * as shortest round-trip decimals (exact doubles). When anything differs or is missing the plan runs the
 * transport itself, as before.
 */
final class MigrateNoAction {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MigrateNoAction() { }

    /** The migrate stage's no-action outcome when its set-up equals the plan's; empty when the plan must run it. */
    static Optional<PlanTransport.Outcome> reusable(StageContext ctx) throws IOException {
        Optional<Manifest> migrate = sameSetUpMigrate(ctx);
        if (migrate.isEmpty()) return Optional.empty();
        Map<String, Double> r = migrate.get().results();
        Double assets = r.get(KeyResults.SAND_REACHING_ASSETS_M3), median = r.get("medianFrontAdvanceMPerYr"),
                p90 = r.get("p90FrontAdvanceMPerYr");
        if (assets == null || median == null || p90 == null) return Optional.empty();
        return Optional.of(new PlanTransport.Outcome(assets, median, p90));
    }

    /**
     * The migrate stage's manifest when its run had the plan's transport set-up (the rule of the class comment); empty
     * when anything differs or is missing. Also the gate of the migrate stage's kept set-up ({@link TransportSetUpCache}).
     */
    static Optional<Manifest> sameSetUpMigrate(StageContext ctx) throws IOException {
        Map<String, Path> up = ctx.upstreamDirs();
        if (!up.containsKey("migrate") || !up.containsKey("ingest") || !up.containsKey("drift")) return Optional.empty();
        Optional<Manifest> migrate = Manifest.read(up.get("migrate"));
        if (migrate.isEmpty() || !sameSetUp(ctx, migrate.get())) return Optional.empty();
        return migrate;
    }

    private static boolean sameSetUp(StageContext ctx, Manifest m) throws IOException {
        if (!"migrate".equals(m.stage()) || !ctx.run().softwareVersion().equals(m.softwareVersion())) return false;
        if (!canonical(new MigrateStage().parameters(ctx.run().config())).equals(canonical(m.parameters()))) return false;
        if (!hashes(m.inputs()).equals(legendHashes(ctx))) return false;
        Map<String, String> upstream = new HashMap<>();
        for (String stage : new MigrateStage().upstream()) {
            Optional<Manifest> u = Manifest.read(ctx.upstream(stage));
            if (u.isEmpty()) return false;
            for (Manifest.FileEntry f : u.get().outputs()) upstream.put(stage + "/" + f.path(), f.sha256());
        }
        return m.upstream().size() == upstream.size() && hashes(m.upstream()).equals(upstream);
    }

    /** The tree as it reads back from its JSON text (numbers in the types a manifest read gives them). */
    private static JsonNode canonical(JsonNode n) throws IOException {
        return JSON.readTree(JSON.writeValueAsString(n));
    }

    private static Map<String, String> hashes(List<Manifest.FileEntry> files) {
        Map<String, String> out = new HashMap<>();
        for (Manifest.FileEntry f : files) out.put(f.name(), f.sha256());
        return out;
    }

    private static Map<String, String> legendHashes(StageContext ctx) throws IOException {
        List<Manifest.FileEntry> out = new ArrayList<>();
        for (InputFile f : StageLegend.inputs(ctx.run())) {
            if (!java.nio.file.Files.isRegularFile(f.path())) return Map.of("missing", f.name());
            out.add(new Manifest.FileEntry(f.name(), f.configured(), Sha256.file(f.path())));
        }
        return hashes(out);
    }
}
