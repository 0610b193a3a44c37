package org.dunefront.workflow.stages;

import java.util.List;
import org.dunefront.workflow.Workflow;

/** The standard workflow: ingest → drift → migrate → rank → plan → render. */
public final class StandardStages {
    private StandardStages() { }

    public static final List<String> ORDER = List.of("ingest", "drift", "migrate", "rank", "plan", "render");

    public static Workflow workflow() {
        return new Workflow(List.of(new IngestStage(), new DriftStage(), new MigrateStage(), new RankStage(),
                new PlanStage(), new RenderStage()));
    }
}
