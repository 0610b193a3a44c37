package org.dunefront.workflow.stages;

import java.util.List;
import org.dunefront.workflow.InputFile;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.Stage;
import org.dunefront.workflow.StageContext;
import org.dunefront.workflow.StageResult;
import org.dunefront.workflow.StageUnavailableException;

/**
 * Base of a standard stage whose algorithm package has not been merged yet: it declares its
 * name, upstream stages, parameters and inputs (so caching and manifests are already right) and
 * reports "stage X is not available yet in this build". The seam: replace {@link #available()}
 * and {@link #run} in the subclass once its package lands.
 */
abstract class PendingStage implements Stage {
    private final String name;
    private final List<String> upstream;
    private final String missing;

    PendingStage(String name, List<String> upstream, String missing) {
        this.name = name;
        this.upstream = List.copyOf(upstream);
        this.missing = missing;
    }

    @Override public String name() { return name; }
    @Override public List<String> upstream() { return upstream; }
    @Override public List<InputFile> inputs(RunContext context) { return List.of(); }
    @Override public boolean available() { return false; }

    @Override
    public StageResult run(StageContext context) {
        throw new StageUnavailableException(name, missing);
    }
}
