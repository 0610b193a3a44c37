package org.dunefront.workflow;

import java.nio.file.Path;
import java.util.Map;
import org.dunefront.grid.ProgressListener;

/**
 * What a running stage sees: the run, a private work folder its outputs go into (moved into
 * place by the workflow on success), its upstream stages' output folders and a progress listener
 * that returns false once the run is cancelled.
 */
public record StageContext(RunContext run, String stage, Path workDir, Map<String, Path> upstreamDirs,
                           ProgressListener progress) {

    public StageContext {
        upstreamDirs = Map.copyOf(upstreamDirs);
    }

    /** Output folder of upstream stage {@code name}. */
    public Path upstream(String name) {
        Path p = upstreamDirs.get(name);
        if (p == null) throw new IllegalArgumentException("Stage " + stage + " did not declare upstream stage " + name);
        return p;
    }

    /** A file in the work folder. */
    public Path output(String fileName) {
        return workDir.resolve(fileName);
    }
}
