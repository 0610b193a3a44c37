package org.dunefront.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.dunefront.config.DunefrontConfig;

/**
 * One step of the workflow (ingest, drift, migrate, rank, plan, render). A stage declares what
 * it reads (external {@link #inputs input files}, the outputs of its {@link #upstream} stages and
 * its {@link #parameters}) and writes its outputs into {@link StageContext#workDir()}; the
 * {@link Workflow} hashes all of these into a cache key, skips the stage when its manifest
 * matches, and moves the outputs into place only when the stage succeeds.
 *
 * <p>Implementations must be deterministic (same inputs and parameters → byte-identical
 * outputs, whatever the thread count) and must report progress through
 * {@link StageContext#progress()} so that cancellation works.
 */
public interface Stage {

    /** Lower-case name, also the output folder name: "drift". */
    String name();

    /** Names of the stages whose outputs this stage reads (earlier in the workflow). */
    List<String> upstream();

    /** The configuration this stage depends on, as JSON (usually its section(s)); part of the cache key. */
    JsonNode parameters(DunefrontConfig config);

    /** External files read by this stage (hashed into the cache key and the manifest). */
    List<InputFile> inputs(RunContext context);

    /** False when this build lacks the stage's implementation ("not available yet in this build"). */
    default boolean available() {
        return true;
    }

    /** Computes the outputs into {@code context.workDir()}. */
    StageResult run(StageContext context) throws IOException;
}
